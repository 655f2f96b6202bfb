# METADATA
# title: MOFCOM dual-use FAQ No. 5 (rare-earth related items) - deeply processed products
# description: |
#   两用物项常见问题解答之五（稀土相关物项）. MOFCOM's official answer that deeply processed products
#   (motor rotor and stator assemblies, sensors with moulded magnets, goods that merely contain a
#   magnetic part of SmCo, Tb-NdFeB or Dy-NdFeB material) are generally outside No. 18. Modelled as
#   an exclusion of the No. 18 magnet entries (their `exclusions`), in force from the FAQ's date:
#   this package says why such a line is not a No. 18 item (I-18-FAQ-PRODUCTS).
# related_resources:
#   - description: the FAQ, Chinese reprint
#     ref: http://jying.cn/archiver/tid-242634.html
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/rare-earths.md#mofcom-guidance-on-no-18
# custom:
#   measure: MOFCOM-FAQ-2025-5
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_faq_2025_5

import data.cnexport.classification
import data.cnexport.lib.result

_measure := result.custom(rego.metadata.chain()).measure

_date := input.export_date

# The entries of each line, listed on the export date, that an exclusion of this FAQ can take out
# (the line's category is one it names, and no declared control code keeps the line in).
_excluded := {n: found |
	some facts, of_line in classification.by_facts
	found := _excluded_among(of_line)
	count(found) > 0
	some n in classification.lines_by_facts[facts]
}

# Lines classified alike share them.
_excluded_among(of_line) := [c | some c in of_line; _excludes(c); classification.listing_in_force(c.entry, _date)]

_excludes(c) if {
	some exclusion in c.exclusions
	exclusion.measure == _measure
}

# METADATA
# title: Deeply processed products are generally outside No. 18
# description: 深加工产品（磁体已嵌入或装配的电机转子、定子组件，注塑成型的传感器，仅含磁性功能部件的消费品等）一般不属于第18号公告管制范围
# custom:
#   code: RE18_FAQ_DEEPLY_PROCESSED
#   clause: "1"
#   outcome: NOT_CONTROLLED
#   interpretation: I-18-FAQ-PRODUCTS
#   message_en: >-
#     Line {{.line}} is a product containing No. 18 magnet material ({{.items}}). MOFCOM's FAQ No. 5
#     puts deeply processed products (rotor and stator assemblies, moulded sensors, goods that merely
#     contain a magnetic part) generally outside No. 18: the line is not a No. 18 item.
#   message_zh: >-
#     第{{.line}}行为含第18号公告所列磁体材料的产品（{{.items_zh}}）。商务部两用物项常见问题解答之五明确，
#     深加工产品（电机转子、定子组件，注塑成型的传感器，仅含磁性功能部件的产品等）一般不属于第18号公告管制范围。
clause_1 contains reason if {
	some n, found in _excluded
	reason := result.reason(rego.metadata.chain(), {"line": n, "figures": classification.listing_details(n, found).figures})
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings contains reason if some reason in clause_1
