# The technology export licence of the restricted part, and what a person should read with a
# decision that rests on the catalogue: facts that do not change the outcome.
package cnexport.measures.mofcom_most_2023_57

import data.cnexport.lib

# METADATA
# title: Technology export licence for restricted technology
# description: 限制出口部分 - restricted technologies may be exported only under licence (实行许可证管理)
# custom:
#   type: licence_application
#   clause: restricted
#   message_en: >-
#     Before exporting line {{.line}}, obtain a technology export licence for restricted technology under the
#     Regulations on the Administration of Technology Import and Export; whether a dual-use export licence can serve
#     as one is not known.
#   message_zh: >-
#     出口第{{.line}}行前，应依技术进出口管理条例取得限制出口技术的技术出口许可证；两用物项出口许可能否替代，尚不明确。
obligations contains obligation if {
	some reason in part_restricted
	count(lib.covering_licences(reason.line, _date)) == 0
	obligation := lib.obligation(rego.metadata.chain(), _date, reason.line, {"line": reason.line})
}

# METADATA
# title: Warnings a person should read with a decision resting on the technology catalogue
# scope: document
warnings contains lib.warning(
	"MOST23_WORDING_NOT_READ",
	sprintf(
		concat("", [
			"line %v: the 2023 Catalogue of Technologies Prohibited or Restricted from Export was not read; its ",
			"rare-earth entries, their wording and which part each is on come from press reports (whether ionic-ore ",
			"leaching is prohibited or restricted is unknown): check the catalogue before relying on this decision",
		]),
		[line.line],
	),
	{"line": line.line, "measure": _measure, "interpretation": "I-MOST23-ENTRIES"},
) if {
	some part in {"prohibited", "restricted"}
	_export(part)
	some line in input.items
	_technology(line)
	count(_activities(line)) > 0
}

warnings contains lib.warning(
	"MOST23_WORDING_NOT_READ",
	sprintf(
		concat("", [
			"line %v: the 2023 Catalogue of Technologies Prohibited or Restricted from Export was not read; its ",
			"rare-earth entries, their wording and which part each is on come from press reports (whether ionic-ore ",
			"leaching is prohibited or restricted is unknown): check the catalogue before relying on this decision",
		]),
		[line.line],
	),
	{"line": line.line, "measure": _measure, "interpretation": "I-MOST23-ENTRIES"},
) if {
	some line in _undeclared_activities
}

warnings contains lib.warning(
	"MOST23_EXCLUSION_NOT_APPLIED",
	sprintf(
		concat("", [
			"line %v: the exclusion claimed (%s) is one of No. 62 clause 6, which does not reach the technology ",
			"catalogue; no such exclusion was found for the catalogue",
		]),
		[r.line, concat(", ", sort(lib.lines_by_number[r.line].exclusion_claims))],
	),
	{"line": r.line, "measure": _measure, "interpretation": "I-MOST23-NO-EXCLUSIONS"},
) if {
	some r in findings
	count(object.get(lib.lines_by_number[r.line], "exclusion_claims", [])) > 0
}

warnings contains lib.warning(
	"MOST23_LICENCE_KIND",
	sprintf(
		concat("", [
			"line %v: the licence on file (%s) lifts the catalogue's restriction only if it is a technology export ",
			"licence; the engine cannot tell it from a dual-use export licence",
		]),
		[r.line, concat(", ", sort(lib.covering_licences(r.line, _date)))],
	),
	{"line": r.line, "measure": _measure, "interpretation": "I-MOST23-LICENCE"},
) if {
	some r in part_restricted
	count(lib.covering_licences(r.line, _date)) > 0
}
