# METADATA
# title: Licences on file
# description: |
#   Which licences on file cover a line on a date: named, valid, and issued by a recognised authority.
package cnexport.lib.licences

import data.cnexport.lib.timeline

# Licences on file (input.licences). One covers a line when it names the line, is valid on the
# export date, and was issued by MOFCOM (I-LICENCE-ISSUER): a foreign licence cannot lift a
# Chinese licence duty.

# METADATA
# description: whether a licence was issued by an authority named in data/meta.yaml
issuer_recognised(licence) if {
	issuer := lower(trim_space(licence.issued_by))
	some known in data.cnexport_reference.meta.licence_issuers
	issuer == lower(known)
}

# METADATA
# description: whether a licence is valid on date d, both ends included
valid_on(licence, d) if {
	licence.valid_from <= d
	d <= licence.valid_until
}

# METADATA
# description: the numbers of the licences on file that cover line n on date d
covering(n, d) := {l.number |
	some l in _naming[n]
	valid_on(l, d)
	issuer_recognised(l)
}

# METADATA
# description: the lines the licences on file name, whether or not a licence covers them
named_lines := object.keys(_naming)

# The licences on file naming each line, grouped once, so that a line finds its licences without
# reading every licence. Each group is a comprehension over the distinct line numbers, which OPA
# indexes by line.
_naming := {n: ls |
	some n in {m | some [m, _] in _named_lines}
	ls := [l | some [m, l] in _named_lines; m == n]
}

_named_lines := [[m, l] |
	some l in object.get(input, "licences", [])
	some m in l.lines
]

# METADATA
# description: |
#   the lines a reason in force on the export date prohibits, whatever measure gives it: no licence
#   can cover them, so no licence application is due for them
prohibited_lines := {f.line |
	some f in data.cnexport.measures[_].findings
	f.outcome == "PROHIBITED"
	timeline.in_force(f.measure, f.clause, input.export_date)
}
