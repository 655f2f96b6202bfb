# METADATA
# title: The shipment facts every measure reads
# description: |
#   What an export from China is (Export Control Law Art. 2), the exported lines, and the document's
#   lines by number.
package cnexport.lib.shipment

import data.cnexport.lib.timeline

# What an export from China is, for every rule on the export of a listed dual-use item. The Export
# Control Law (Art. 2) covers two things: moving an item from inside China to abroad, and a Chinese
# citizen, legal person or other organisation providing it to a foreign organisation or individual,
# wherever the item is (I-EXPORT-FROM-CHINA).

# METADATA
# description: the contract's country code for China, the mainland customs territory (I-CHINA-TERRITORY)
china := "CN"

# METADATA
# scope: document
# description: whether the document is an export from China in either sense of the Law's Art. 2
export_from_china if leaves_china

export_from_china if provided_by_chinese_person

# METADATA
# description: whether the item moves from China (the mainland customs territory) to outside it
leaves_china if {
	input.ship_from == china
	input.ship_to != china
}

# METADATA
# description: whether a Chinese person provides the item to a destination or a receiver outside China
provided_by_chinese_person if {
	input.exporter.cn_person == true
	_foreign_recipient
}

_foreign_recipient if input.ship_to != china

_foreign_recipient if {
	some party in input.parties
	party.role in timeline.role_param("export_definition", "receiving_roles")
	party.country != china
}

# METADATA
# description: |
#   the document's lines by line number, built once per decision so that a rule finds a line by its
#   number without reading every line (a valid document numbers each line once)
lines_by_number := {line.line: line | some line in input.items}

# One comprehension, not a rule with a value per line: OPA evaluates a rule once for each value.
# METADATA
# description: the lines of an export from China
exported_lines := {line | export_from_china; some line in input.items}
