# The warnings of a decision that are not any one measure's: measures that would apply but are not
# in force, data not verified for the date, licences that do not cover, holds. They read the
# decision's own private rules (decision.rego, the same package).
package cnexport

import data.cnexport.lib.licences
import data.cnexport.lib.result
import data.cnexport.lib.timeline

# METADATA
# description: |
#   Every warning of the decision. A measure's warning that rests on a clause (it cites it) is given
#   only while that clause is in force on the export date; otherwise MEASURE_NOT_IN_FORCE says so.
# scope: document
warnings contains object.remove(w, ["clause"]) if {
	# The dormant ones taken out in one set difference rather than by a test per warning.
	some w in (_citing_warnings - _dormant_warnings)
}

warnings contains w if some w in (_measure_warnings - _citing_warnings)

warnings contains h if some h in _holds

# METADATA
# title: The export date is after the date the reference data was verified for
# custom:
#   code: REFERENCE_DATA_NOT_VERIFIED
#   message_en: >-
#     the export date {{.date}} is after {{.verified_through}}, the last date the reference data was verified for:
#     later measures, extensions or repeals may be missing
#   message_zh: "出口日期{{.date}}晚于参考数据最后核实之日{{.verified_through}}：其后发布的措施、延期或废止可能未收录。"
warnings contains result.warning(rego.metadata.rule(), {"date": _date, "verified_through": _meta.verified_through}, {}) if {
	_date > _meta.verified_through
}

# METADATA
# title: The export date is after the newest source that lists designations
# custom:
#   code: LISTINGS_NOT_VERIFIED
#   message_en: >-
#     the export date {{.date}} is after {{.listings_verified_through}}, the date of the newest source that lists
#     designations: a party may be on a later listing the reference data does not hold
#   message_zh: "出口日期{{.date}}晚于所收录最新列名来源的日期{{.listings_verified_through}}：当事方可能已被其后的公告列入名单，而参考数据未收录。"
warnings contains result.warning(
	rego.metadata.rule(),
	{"date": _date, "listings_verified_through": _meta.listings_verified_through},
	{},
) if {
	_date > _meta.listings_verified_through
}

# METADATA
# title: Reasons or warnings that a clause, not in force on the date, would give on lines or the shipment
# custom:
#   code: MEASURE_NOT_IN_FORCE
#   interpretation: I-NOT-IN-FORCE
#   message_en: "{{if .lines_text}}{{.lines_text}}: {{end}}{{.codes}} ({{.measure}} clause {{.clause}}) would apply, but {{.because}}"
#   message_zh: "{{if .lines_text_zh}}{{.lines_text_zh}}：{{end}}本应适用{{.codes}}（{{.measure}}第{{.clause}}条），但{{.because_zh}}。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union_n([
		{"codes": concat(", ", sort(codes)), "measure": measure_id, "clause": clause_id},
		because,
		_lines_figures(lines),
	]),
	object.union(
		{"measure": measure_id, "clause": clause_id, "state": because.state},
		{"lines": lines | count(lines) > 0},
	),
) if {
	some [measure_id, clause_id, codes, lines] in _not_in_force
	because := timeline.not_in_force_because(measure_id, clause_id, _date)
}

# METADATA
# title: A service clause, not in force on the date, that would answer a service provider
# custom:
#   code: MEASURE_NOT_IN_FORCE
#   message_en: >-
#     party {{.name}} ({{.role}}): {{.measure}} clause {{.clause}} would say whether it may provide its service,
#     but {{.because}}
#   message_zh: "当事方{{.name}}（{{.role}}）：{{.measure}}第{{.clause}}条本应决定其可否提供服务，但{{.because_zh}}。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union(
		{"name": party.name, "role": party.role, "measure": sc.measure, "clause": sc.clause},
		timeline.not_in_force_because(sc.measure, sc.clause, _date),
	),
	{"measure": sc.measure, "clause": sc.clause, "state": timeline.not_in_force_because(sc.measure, sc.clause, _date).state},
) if {
	some sc in _service_clauses
	not timeline.in_force(sc.measure, sc.clause, _date)
	_would_speak(sc)
	some party in input.parties
	party.role in sc.roles
}

# METADATA
# title: The export date is the printed last day of a suspension
# custom:
#   code: SUSPENSION_END_DAY
#   message_en: >-
#     {{.measure}}'s suspension by {{.by}} is printed as lasting until {{.until}}; this decision applies the measure
#     on that day
#   message_zh: "{{.by}}对{{.measure}}的暂停实施期限载明至{{.until}}；本决定在当日即适用该措施。"
warnings contains result.warning(
	rego.metadata.rule(),
	{"measure": m, "by": s.by, "until": s.until},
	{"measure": m, "interpretation": s.interpretation},
) if {
	some m in {f.measure | some f in _findings}
	some s in timeline.suspension_ending_on(m, _date)
}

# METADATA
# title: A reason relies on a suspension having ended that was reported extended
# custom:
#   code: SUSPENSION_EXTENSION_REPORTED
#   interpretation: I-EXTENSION-REPORTED
#   message_en: >-
#     {{.suspended}} applies again from {{.until}}, when its suspension by {{.by}} ends as printed. {{.extension}}
#   message_zh: "{{.suspended_zh}}自{{.until}}起恢复实施，即{{.by}}载明的暂停期限届满之日。{{.extension_zh}}"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union_n([
		{"until": s.until, "by": s.by},
		_suspended_texts(m, s),
		timeline.reported_extension_texts[s.by],
	]),
	{"measure": m},
) if {
	some [m, s] in _revived
}

# METADATA
# title: A deadline counted forward over a year without holiday data
# custom:
#   code: DEADLINE_WITHOUT_CALENDAR
#   interpretation: I-WORKING-DAYS
#   message_en: >-
#     {{.lines_text}}: the {{.type}} deadline {{.due}} counts every day of a year without holiday data as a working
#     day; the real one is no earlier
#   message_zh: "{{.lines_text_zh}}：{{.type}}期限{{.due}}系将缺少节假日数据年份的每一天均计为工作日得出；实际期限不会早于此日。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union({"type": o.type, "due": o.due}, result.lines_texts(o.lines)),
	{"lines": o.lines, "measure": o.basis.measure},
) if {
	some o in _obligations
	o.figures.calendar_complete == false
	not o.figures.latest_day_to_apply
}

# Counting back from the export, a year without holiday data makes the day too late, never too early.
# METADATA
# title: A latest day to apply counted back over a year without holiday data
# custom:
#   code: DEADLINE_WITHOUT_CALENDAR
#   interpretation: I-LATEST-DAY-TO-APPLY
#   message_en: >-
#     {{.lines_text}}: the latest day to apply, {{.due}}, counts every weekday of a year without holiday data as a
#     working day; the real one may be earlier: apply sooner
#   message_zh: "{{.lines_text_zh}}：最迟申请日{{.due}}系将缺少节假日数据年份的每个周一至周五均计为工作日得出；实际最迟申请日可能更早，请提前申请。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union({"due": o.due}, result.lines_texts(o.lines)),
	{"lines": o.lines, "measure": o.basis.measure},
) if {
	some o in _obligations
	o.figures.calendar_complete == false
	o.figures.latest_day_to_apply
}

# One warning for each kind of obligation and the clause it rests on, naming its lines: a line's own
# would say the same thing as many times as the document has lines.
# METADATA
# title: An obligation known only from a machine-written summary
# custom:
#   code: LOW_GRADE_SOURCE
#   message_en: >-
#     {{.lines_text}}: the {{.type}} obligation ({{.measure}} clause {{.clause}}) is known only from a machine-written
#     summary of the official text
#   message_zh: "{{.lines_text_zh}}：{{.type}}义务（{{.measure}}第{{.clause}}条）仅见于对官方文本的机器生成摘要。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union({"type": type, "measure": basis.measure, "clause": basis.clause}, result.lines_texts(lines)),
	{"lines": lines, "measure": basis.measure},
) if {
	some [type, basis] in {[o.type, o.basis] | some o in _obligations}
	timeline.clause(basis.measure, basis.clause).source_quality == timeline.machine_summary_grade
	lines := sort({n | some o in _obligations; o.type == type; o.basis == basis; some n in o.lines})
}

# METADATA
# title: A catalogue entry a line is taken to be rests on inferred data
# custom:
#   code: CATALOGUE_ENTRY_INFERRED
#   message_en: "{{.lines_text}}: catalogue entry {{.entry_id}} rests on inferred data; see its note in data/catalogue/"
#   message_zh: "{{.lines_text_zh}}：目录条目{{.entry_id}}的数据部分出于推断；见data/catalogue/中该条目的说明。"
warnings contains _entry_warning(rego.metadata.rule(), c, lines) if {
	some c, lines in _lines_of_control
	_inferred_entry(c)
}

# METADATA
# title: A catalogue entry a line is taken to be is known only from a machine-written summary
# custom:
#   code: CATALOGUE_ENTRY_LOW_GRADE_SOURCE
#   message_en: >-
#     {{.lines_text}}: catalogue entry {{.entry_id}} is known only from a machine-written summary of the official
#     text; see its source in data/catalogue/
#   message_zh: "{{.lines_text_zh}}：目录条目{{.entry_id}}仅见于对官方文本的机器生成摘要；见data/catalogue/中该条目的来源。"
warnings contains _entry_warning(rego.metadata.rule(), c, lines) if {
	some c, lines in _lines_of_control
	_low_grade_entry(c)
}

# METADATA
# title: A licence on file that is not valid on the export date
# custom:
#   code: LICENCE_NOT_VALID_ON_DATE
#   message_en: "licence {{.number}} is valid from {{.valid_from}} to {{.valid_until}}, not on the export date {{.date}}"
#   message_zh: "许可证{{.number}}的有效期为{{.valid_from}}至{{.valid_until}}，不含出口日期{{.date}}。"
warnings contains result.warning(
	rego.metadata.rule(),
	{"number": l.number, "valid_from": l.valid_from, "valid_until": l.valid_until, "date": _date},
	{},
) if {
	some l in object.get(input, "licences", [])
	not licences.valid_on(l, _date)
}

# METADATA
# title: A licence on file issued by an authority that cannot lift a Chinese licence duty
# custom:
#   code: LICENCE_ISSUER_NOT_RECOGNISED
#   interpretation: I-LICENCE-ISSUER
#   message_en: "licence {{.number}} was issued by {{.issued_by}}, which cannot lift a Chinese licence duty"
#   message_zh: "许可证{{.number}}由{{.issued_by}}签发，不能满足中国出口许可要求。"
warnings contains result.warning(rego.metadata.rule(), {"number": l.number, "issued_by": l.issued_by}, {}) if {
	some l in object.get(input, "licences", [])
	not licences.issuer_recognised(l)
}

# A clause out of force would have spoken: it speaks for every line, or its own measure would
# have given a reason on a line or the shipment.
_would_speak(sc) if not sc.own_lines_only

_would_speak(sc) if {
	sc.own_lines_only
	some f in _dormant
	f.measure == sc.measure
}

_measure_warnings := {w | some w in data.cnexport.measures[_].warnings}

# The measures' warnings that cite a clause: only these are given without it, or are dormant.
_citing_warnings := {w | some w in _measure_warnings; w.clause}

_dormant_warnings contains w if {
	some w in _citing_warnings
	not timeline.in_force(w.measure, w.clause, _date)
	not w.unbuilt
}

# What each clause not in force on the export date would have given, by line (none for the whole
# shipment): the codes of its reasons and warnings.
# The key is written out in both comprehensions rather than in a function: a call per finding cost
# more than the key.
_not_in_force_codes := {key: codes |
	some key in {[object.get(f, "line", null), f.measure, f.clause] | some f in _dormant_all}
	codes := {f.code | some f in _dormant_all; [object.get(f, "line", null), f.measure, f.clause] == key}
}

# Each clause not in force and the codes it would have given, with the lines it would have given them
# on: one warning for them all, rather than one a line; the whole shipment's ([] lines) on its own.
_not_in_force contains [measure_id, clause_id, codes, []] if {
	some [null, measure_id, clause_id], codes in _not_in_force_codes
}

_not_in_force contains [measure_id, clause_id, codes, lines] if {
	some [measure_id, clause_id, codes] in {[m, c, codes] | some [line, m, c], codes in _not_in_force_codes; line != null}
	lines := sort({line |
		some [line, m, c], found in _not_in_force_codes
		line != null
		[m, c, found] == [measure_id, clause_id, codes]
	})
}

_dormant_all := (_dormant | _dormant_line_warnings) | {w | some w in _dormant_warnings; not w.lines}

# A dormant warning told once for several lines would have been given on each of them.
_dormant_line_warnings := {object.union(object.remove(w, ["lines"]), {"line": n}) |
	some w in _dormant_warnings
	some n in w.lines
}

# A warning on a catalogue entry, told once for all the lines taken to be it, naming them.
_entry_warning(rule, c, lines) := result.warning(
	rule,
	object.union({"entry_id": c.entry_id}, result.lines_texts(lines)),
	{"lines": lines, "measure": c.measure},
)

# The lines each control a warning above speaks of stands on, in order: only those controls are
# looked for, as few entries rest on inferred or low-grade data.
_lines_of_control := {c: lines |
	some c in {c | some l in _lines; some c in l.controls; _entry_to_check(c)}
	lines := sort({l.line | some l in _lines; c in l.controls})
}

_entry_to_check(c) if _inferred_entry(c)

_entry_to_check(c) if _low_grade_entry(c)

# Whether the catalogue entry a control rests on is marked inferred, or known only from a
# machine-written summary.
_inferred_entry(c) if data.cnexport_reference.index.catalogue[c.entry_id].inferred == true

_low_grade_entry(c) if c.source_quality == timeline.machine_summary_grade

# The figures that name the lines of a warning told for lines; none for the whole shipment.
_lines_figures([]) := {}

_lines_figures(lines) := result.lines_texts(lines) if count(lines) > 0
