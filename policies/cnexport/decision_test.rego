# regal ignore:file-length
package cnexport_test

# The decision (decision.rego) end to end inside OPA: outcome, clearance, lines, parties,
# reasons, obligations and warnings for the dates, tiers, licences and scope of No. 61.

# A sintered Dy NdFeB magnet made in Japan with 0.15 % China-origin dysprosium by value, shipped
# from Japan to the United States for civil use on 2026-12-01 (No. 61 back in force).
_base := {
	"schema_version": "1",
	"id": "t-decision",
	"export_date": "2026-12-01",
	"exporter": {"name": "Shin-Etsu Magnet Trading KK", "country": "JP"},
	"ship_from": "JP",
	"ship_to": "US",
	"parties": [
		{"role": "consignee", "name": "Great Lakes Motor Works Inc.", "country": "US"},
		{"role": "end_user", "name": "Great Lakes Motor Works Inc.", "country": "US"},
	],
	"end_use": {"purposes": ["civil"]},
	"items": [{
		"line": 1,
		"description": "sintered NdFeB magnet blocks, Dy diffused",
		"kind": "goods",
		"category": "permanent_magnet",
		"elements": ["Nd", "Pr", "Dy"],
		"manufactured_in": "JP",
		"origin": "JP",
		"value": {"amount": 200000, "currency": "USD"},
		"rare_earth_content": [{"element": "Dy", "form": "metal", "origin": "CN", "value": {"amount": 300, "currency": "USD"}}],
	}],
}

_id := "MOFCOM-2025-61"

_licence := {
	"number": "MOFCOM-LIC-1",
	"type": "single",
	"lines": [1],
	"valid_from": "2026-11-15",
	"valid_until": "2027-11-14",
	"issued_by": "MOFCOM",
}

_plain_line(n) := {
	"line": n,
	"description": "sintered NdFeB magnet blocks, grade N52",
	"kind": "goods",
	"category": "permanent_magnet",
	"elements": ["Nd", "Pr"],
	"manufactured_in": "JP",
	"origin": "JP",
	"value": {"amount": 1000, "currency": "USD"},
}

_doc(ops) := json.patch(_base, ops)

_set(path, value) := _doc([{"op": "add", "path": path, "value": value}])

_replace(path, value) := _doc([{"op": "replace", "path": path, "value": value}])

_on(date) := _set("/export_date", date)

_with_licences(ls) := _set("/licences", ls)

# The decision on a document.
# (Regal: the `with` sits in these two helpers so that every test reads the same way.)
_decide(doc) := d if {
	# regal ignore:with-outside-test-context,external-reference
	d := data.cnexport.decision with input as doc
}

# The same without the No. 70 suspension, to see the effective dates of clause 1 on their own.
_decide_unsuspended(doc) := d if {
	# regal ignore:with-outside-test-context,external-reference
	d := _decide(doc) with data.cnexport_reference.measures.measures["MOFCOM-2025-61"].suspensions as []
}

_content_code := "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"

_codes(things) := [t.code | some t in things]

_summary(d) := {"outcome": d.outcome, "clearance": d.clearance, "reasons": _codes(d.reasons)}

_warning(d, code) := [w | some w in d.warnings; w.code == code]

_reference_data := {
	"version": data.cnexport_reference.meta.version,
	"verified_through": data.cnexport_reference.meta.verified_through,
}

_not_verified(date) := {
	"code": "REFERENCE_DATA_NOT_VERIFIED",
	"message_en": sprintf(
		concat(" ", [
			"the export date %s is after 2026-10-09, the last date the reference data was",
			"verified for: later measures, extensions or repeals may be missing",
		]),
		[date],
	),
	"message_zh": sprintf("出口日期%s晚于参考数据最后核实之日2026-10-09：其后发布的措施、延期或废止可能未收录。", [date]),
}

_listings_not_verified(date) := {
	"code": "LISTINGS_NOT_VERIFIED",
	"message_en": sprintf(
		concat(" ", [
			"the export date %s is after 2026-08-22, the date of the newest source that lists designations:",
			"a party may be on a later listing the reference data does not hold",
		]),
		[date],
	),
	"message_zh": sprintf(
		"出口日期%s晚于所收录最新列名来源的日期2026-08-22：当事方可能已被其后的公告列入名单，而参考数据未收录。",
		[date],
	),
}

_extension_reported := {
	"code": "SUSPENSION_EXTENSION_REPORTED",
	"message_en": concat("", [
		"MOFCOM-2025-61 applies again from 2026-11-10, when its suspension by MOFCOM-2025-70 ends as printed. ",
		"An extension was reported: the Readout of the head of MOFCOM's Department of American and Oceanian Affairs ",
		"on the results of the 8th round of China-US economic and trade consultations (MOFCOM (Department of American ",
		"and Oceanian Affairs), 2026-09-28) says the two sides agreed to extend the Kuala Lumpur ",
		"joint arrangement to 2027-01-10 (将吉隆坡经贸磋商联合安排延期至2027年1月10日). No MOFCOM/GAC announcement implementing ",
		"it (re-dating this suspension) was found in the sources read, the latest of which date from about 2026-10-09. ",
		"If such an announcement was issued, this measure may remain suspended until 2027-01-10 or the date it prints. ",
		"Verify on www.mofcom.gov.cn before relying on this decision.",
	]),
	"message_zh": concat("", [
		"MOFCOM-2025-61自2026-11-10起恢复实施，即MOFCOM-2025-70载明的暂停期限届满之日。据报道已延期：",
		"商务部2026-09-28《美大司负责人解读第八轮中美经贸磋商成果》称，双方同意将吉隆坡经贸磋商联合安排延期至2027年1月10日。",
		"在所查阅的资料（最新约至2026-10-09）中，未见商务部、海关总署落实该延期（重新确定本项暂停期限）的公告。",
		"如已发布此类公告，本措施可能继续暂停至2027-01-10或公告所载日期。依据本决定行事前，请在商务部网站（www.mofcom.gov.cn）核实。",
	]),
	"measure": _id,
	"interpretation": "I-EXTENSION-REPORTED",
}

# What a clause of No. 61 not in force would give on line 1: `codes`, its reasons' and warnings'.
_not_in_force(codes, clause, why) := {
	"code": "MEASURE_NOT_IN_FORCE",
	"message_en": sprintf("line 1: %s (MOFCOM-2025-61 clause %s) would apply, but %s", [codes, clause, why.because]),
	"message_zh": sprintf("第1行：本应适用%s（MOFCOM-2025-61第%s条），但%s。", [codes, clause, why.because_zh]),
	"lines": [1],
	"measure": _id,
	"clause": clause,
	"state": why.state,
	"interpretation": "I-NOT-IN-FORCE",
}

_applies_from(clause, date) := {
	"state": "not_yet_in_force",
	"because": sprintf("clause %s of MOFCOM-2025-61 applies only from %s", [clause, date]),
	"because_zh": sprintf("MOFCOM-2025-61第%s条自%s起施行", [clause, date]),
}

_suspended_by_no70 := {
	"state": "suspended",
	"because": "MOFCOM-2025-70 suspends MOFCOM-2025-61 from 2025-11-07 until 2026-11-10",
	"because_zh": "MOFCOM-2025-70自2025-11-07起至2026-11-10暂停实施MOFCOM-2025-61",
}

_suspension_end_day := {
	"code": "SUSPENSION_END_DAY",
	"message_en": concat(" ", [
		"MOFCOM-2025-61's suspension by MOFCOM-2025-70 is printed as lasting until",
		"2026-11-10; this decision applies the measure on that day",
	]),
	"message_zh": "MOFCOM-2025-70对MOFCOM-2025-61的暂停实施期限载明至2026-11-10；本决定在当日即适用该措施。",
	"measure": _id,
	"interpretation": "I-70-END-DAY",
}

# Obligations carry measure and clause in `basis`, so within a line they are ordered by type.

# ---- the whole decision ----------------------------------------------------------------------

_base_reason := {
	"code": "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD",
	"measure": _id,
	"clause": "1(1)",
	"outcome": "LICENCE_REQUIRED",
	"line": 1,
	"figures": {
		"cn_content_value": {"amount": "300", "currency": "USD"},
		"item_value": {"amount": "200000", "currency": "USD"},
		"ratio": "0.001500000",
		"ratio_percent": "0.1500000",
		"threshold": "0.001",
		"threshold_percent": "0.1",
		"counted_entries": 1,
		"unknown_origin_entries": 0,
	},
	"interpretation": "I-61-VALUE-BASIS",
	"message_en": concat(" ", [
		"The item is an Annex 1 Part 2 item made abroad whose China-origin Annex 1 Part 1",
		"content, worth 300 USD, is 0.1500000% of its value of 200000 USD: at or above",
		"the 0.1% threshold, so exporting it needs a MOFCOM dual-use export licence, unless",
		"clause 5 replaces the licence with a report.",
	]),
	"message_zh": "该物项为境外制造的附件1第二部分物项，所含原产于中国的第一部分物项价值 300 USD，占其价值 200000 USD 的 0.1500000%，达到 0.1% 及以上，出口须取得商务部两用物项出口许可（属第五条人道主义情形的，改为报告）。",
}

_licence_application := {
	"type": "licence_application",
	"due": "2026-09-21",
	"basis": {"measure": _id, "clause": "6"},
	"lines": [1],
	"figures": {"latest_day_to_apply": "2026-09-21", "decision_working_days": 45, "calendar_complete": true},
	"message_en": concat(" ", [
		"Before exporting line 1, obtain a MOFCOM dual-use export licence: apply through",
		"MOFCOM's dual-use licensing system with the documents of Art. 16 of the Dual-Use",
		"Regulations, in Chinese, yourself or through a Chinese legal person acting for",
		"you. Apply by 2026-09-21 at the latest: MOFCOM decides within 45 working days of",
		"accepting an application (Dual-Use Regulations Art. 17), not counting identification, expert",
		"consultation or checks.",
	]),
	"message_zh": concat("", [
		"出口第1行前，应取得商务部两用物项出口许可：通过商务部两用物项出口许可系统，按两用物项出口管制条例第十六条提交中文申请材料，",
		"可自行申请或委托中国法人代为申请。最迟应于2026-09-21申请：商务部自受理之日起45个工作日内作出决定（条例第十七条），物项鉴别、专家咨询和核查时间不计入。",
	]),
}

_compliance_notice := {
	"type": "compliance_notice",
	"due": "2026-12-01",
	"basis": {"measure": _id, "clause": "7"},
	"lines": [1],
	"figures": {},
	"message_en": concat(" ", [
		"Give the recipient of line 1 a compliance notice (合规告知书) following Annex 2 of",
		"the announcement, at the latest when the item is passed on.",
	]),
	"message_zh": "最迟在交付时，应按公告附件2向第1行的接收方出具合规告知书。",
}

_low_grade(type, clause) := {
	"code": "LOW_GRADE_SOURCE",
	"message_en": sprintf(
		concat(" ", [
			"line 1: the %s obligation (MOFCOM-2025-61 clause %s) is known only from a",
			"machine-written summary of the official text",
		]),
		[type, clause],
	),
	"message_zh": sprintf("第1行：%s义务（MOFCOM-2025-61第%s条）仅见于对官方文本的机器生成摘要。", [type, clause]),
	"lines": [1],
	"measure": _id,
}

_clause_source(clause) := data.cnexport_reference.measures.measures[_id].clauses[clause].source

test_base_decision_as_a_whole if {
	_decide(_base) == {
		"id": "t-decision",
		"outcome": "LICENCE_REQUIRED",
		"clearance": "HOLD",
		"lines": [{
			"line": 1,
			"outcome": "LICENCE_REQUIRED",
			"clearance": "HOLD",
			"controls": [{
				"entry_id": "cn2025-61-annex1-p2-dy-ndfeb-magnet",
				"measure": _id,
				"clause": "annex 1",
				"name_en": "dysprosium-containing NdFeB permanent-magnet material",
				"source_quality": "secondary",
			}],
			"reasons": [0],
			"cn_content_ratio": 0.0015,
		}],
		"parties": [
			{"role": "consignee", "name": "Great Lakes Motor Works Inc.", "matches": []},
			{"role": "end_user", "name": "Great Lakes Motor Works Inc.", "matches": []},
		],
		"exporter": {"name": "Shin-Etsu Magnet Trading KK", "matches": []},
		"reasons": [_base_reason],
		"obligations": [_licence_application, _compliance_notice],
		"warnings": [
			_listings_not_verified("2026-12-01"),
			_not_verified("2026-12-01"),
			_extension_reported,
			{
				"code": "CATALOGUE_MATCH_BY_INTERPRETATION",
				"message_en": concat(" ", [
					"line 1: taken to be cn2025-61-annex1-p2-dy-ndfeb-magnet (dysprosium-containing",
					"NdFeB permanent-magnet material) by the reading I-61-PART2-BY-ELEMENT",
				]),
				"message_zh": "第1行依解释I-61-PART2-BY-ELEMENT被认定为cn2025-61-annex1-p2-dy-ndfeb-magnet（含镝的钕铁硼永磁材料）。",
				"lines": [1],
				"measure": _id,
				"interpretation": "I-61-PART2-BY-ELEMENT",
			},
			_low_grade("compliance_notice", "7"),
			_low_grade("licence_application", "6"),
		],
		"sources": {_id: {
			"1(1)": "https://www.fredgao.com/p/china-implements-new-export-controls",
			"6": _clause_source("6"),
			"7": _clause_source("7"),
		}},
		"errors": [],
		"rules_in_force_on": "2026-12-01",
		"reference_data": _reference_data,
	}
}

# ---- the 0.1 % threshold ---------------------------------------------------------------------

test_exactly_0_1_percent_needs_a_licence if {
	d := _decide(_set("/items/0/rare_earth_content/0/value/amount", 200))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": [_content_code]}
	d.lines[0].cn_content_ratio == 0.001
	[r.figures.ratio_percent | some r in d.reasons] == ["0.1000000"]
}

test_199_99_of_200000_is_not_controlled if {
	d := _decide(_set("/items/0/rare_earth_content/0/value/amount", 199.99))
	_summary(d) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	d.lines == [{"line": 1, "outcome": "NOT_CONTROLLED", "clearance": "GO", "controls": [], "reasons": [], "cn_content_ratio": 0.00099995}]
	d.obligations == []
	_warning(d, "RE61_CONTENT_BELOW_THRESHOLD") == [{
		"code": "RE61_CONTENT_BELOW_THRESHOLD",
		"message_en": concat(" ", [
			"line 1: China-origin Annex 1 Part 1 content is below the 0.1% threshold of clause 1(1), as a share of the",
			"item's value (each line's cn_content_ratio)",
		]),
		"message_zh": "第1行：原产于中国的附件1第一部分物项价值占该物项价值的比例（见各行cn_content_ratio）低于第一条第（一）项规定的0.1%。",
		"lines": [1],
		"measure": _id,
	}]
}

test_200_01_of_200000_needs_a_licence if {
	d := _decide(_set("/items/0/rare_earth_content/0/value/amount", 200.01))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": [_content_code]}
	d.lines[0].cn_content_ratio == 0.00100005
}

test_0_0003_of_0_3_needs_a_licence if {
	doc := _doc([
		{"op": "replace", "path": "/items/0/value/amount", "value": 0.3},
		{"op": "replace", "path": "/items/0/rare_earth_content/0/value/amount", "value": 0.0003},
	])
	_summary(_decide(doc)) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": [_content_code]}
}

# ---- dates -----------------------------------------------------------------------------------

test_clause_1_1_is_dormant_on_2025_12_01_during_the_suspension if {
	d := _decide(_on("2025-12-01"))
	_summary(d) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	d.obligations == []
	_warning(d, "MEASURE_NOT_IN_FORCE") == [_not_in_force(
		"CATALOGUE_MATCH_BY_INTERPRETATION, RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "1(1)",
		_suspended_by_no70,
	)]
	_warning(d, "SUSPENSION_END_DAY") == []
	_warning(d, "REFERENCE_DATA_NOT_VERIFIED") == []
}

# A finding of a dormant clause for the whole shipment (a party's, say) is told apart from a line's:
# its warning names no line, and a line's codes are not mixed with it or with another clause's.
_dormant_finding(code, line) := object.union(
	{"code": code, "measure": _id, "clause": "1(1)", "outcome": "LICENCE_REQUIRED", "message_en": "m", "message_zh": "m"},
	{"line": line | line != null},
)

test_a_dormant_clause_is_told_for_the_shipment_and_for_each_line_apart if {
	findings := {_dormant_finding("TEST_SHIPMENT_REASON", null), _dormant_finding("TEST_LINE_REASON", 1)}
	d := data.cnexport.decision with input as _on("2025-12-01")
		with data.cnexport.measures.mofcom_2025_61.findings as findings
	[[object.get(w, "lines", null), w.clause, w.message_en] | some w in _warning(d, "MEASURE_NOT_IN_FORCE")] == [
		[null, "1(1)", sprintf("TEST_SHIPMENT_REASON (MOFCOM-2025-61 clause 1(1)) would apply, but %s", [_suspended_by_no70.because])],
		[[1], "1(1)", sprintf(
			"line 1: CATALOGUE_MATCH_BY_INTERPRETATION, TEST_LINE_REASON (MOFCOM-2025-61 clause 1(1)) would apply, but %s",
			[_suspended_by_no70.because],
		)],
	]
}

# A clause not in force that would give the same on several lines is named once for them, in runs;
# a warning told once for several lines is named on each of its lines.
test_a_clause_not_in_force_is_named_once_for_its_lines if {
	magnet := _base.items[0]
	items := [magnet, object.union(magnet, {"line": 2}), object.union(magnet, {"line": 4})]
	d := _decide(object.union(_on("2026-11-09"), {"items": items}))
	[[w.lines, w.clause, w.message_en] | some w in _warning(d, "MEASURE_NOT_IN_FORCE")] == [[[1, 2, 4], "1(1)", sprintf(
		"lines 1-2, 4: CATALOGUE_MATCH_BY_INTERPRETATION, RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD (MOFCOM-2025-61 clause 1(1)) would apply, but %s",
		[_suspended_by_no70.because],
	)]]
	[w.message_zh | some w in _warning(d, "MEASURE_NOT_IN_FORCE")] == [sprintf(
		"第1-2、4行：本应适用CATALOGUE_MATCH_BY_INTERPRETATION, RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD（MOFCOM-2025-61第1(1)条），但%s。",
		[_suspended_by_no70.because_zh],
	)]
	_warning(d, "CATALOGUE_MATCH_BY_INTERPRETATION") == []
}

# Lines whose clause not in force would give different codes are named apart: line 2's content is
# below the threshold.
test_a_clause_not_in_force_names_lines_apart_by_what_it_would_give if {
	magnet := _base.items[0]
	below := json.patch(magnet, [
		{"op": "replace", "path": "/line", "value": 2},
		{"op": "replace", "path": "/rare_earth_content/0/value/amount", "value": 100},
	])
	d := _decide(object.union(_on("2026-11-09"), {"items": [magnet, below, object.union(magnet, {"line": 3})]}))
	[[w.lines, split(w.message_en, " (")[0]] | some w in _warning(d, "MEASURE_NOT_IN_FORCE")] == [
		[[1, 3], "lines 1, 3: CATALOGUE_MATCH_BY_INTERPRETATION, RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD"],
		[[2], "line 2: RE61_CONTENT_BELOW_THRESHOLD"],
	]
}

test_clause_1_1_is_live_on_2026_11_10_with_the_end_day_warning if {
	d := _decide(_on("2026-11-10"))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": [_content_code]}
	_warning(d, "SUSPENSION_END_DAY") == [_suspension_end_day]
	_warning(d, "MEASURE_NOT_IN_FORCE") == []
}

test_2026_11_09_is_still_suspended_without_the_end_day_warning if {
	d := _decide(_on("2026-11-09"))
	_summary(d) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	_warning(d, "MEASURE_NOT_IN_FORCE") == [_not_in_force(
		"CATALOGUE_MATCH_BY_INTERPRETATION, RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "1(1)",
		_suspended_by_no70,
	)]
	_warning(d, "SUSPENSION_END_DAY") == []
}

test_2026_11_11_is_in_force_without_the_end_day_warning if {
	d := _decide(_on("2026-11-11"))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": [_content_code]}
	_warning(d, "SUSPENSION_END_DAY") == []
}

test_end_day_warning_needs_a_no61_finding if {
	d := _decide(_doc([
		{"op": "replace", "path": "/export_date", "value": "2026-11-10"},
		{"op": "replace", "path": "/items/0", "value": _plain_line(1)},
	]))
	_warning(d, "SUSPENSION_END_DAY") == []
}

test_clause_1_1_without_the_suspension_is_dormant_on_2025_11_30 if {
	d := _decide_unsuspended(_on("2025-11-30"))
	_summary(d) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	_warning(d, "MEASURE_NOT_IN_FORCE") == [_not_in_force(
		"CATALOGUE_MATCH_BY_INTERPRETATION, RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "1(1)",
		_applies_from("1(1)", "2025-12-01"),
	)]
}

test_clause_1_1_without_the_suspension_is_live_on_2025_12_01 if {
	d := _decide_unsuspended(_on("2025-12-01"))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": [_content_code]}
	_warning(d, "MEASURE_NOT_IN_FORCE") == []
}

_technology_only := _doc([
	{"op": "replace", "path": "/items/0/rare_earth_content/0/value/amount", "value": 1},
	{"op": "add", "path": "/items/0/made_with_cn_technology", "value": ["magnet_manufacturing"]},
])

test_clause_1_2_without_the_suspension_is_dormant_on_2025_11_30_and_live_on_2025_12_01 if {
	before := _decide_unsuspended(object.union(_technology_only, {"export_date": "2025-11-30"}))
	_summary(before) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	_warning(before, "MEASURE_NOT_IN_FORCE") == [
		_not_in_force("RE61_CONTENT_BELOW_THRESHOLD", "1(1)", _applies_from("1(1)", "2025-12-01")),
		_not_in_force("CATALOGUE_MATCH_BY_INTERPRETATION, RE61_MADE_WITH_CN_TECHNOLOGY", "1(2)", _applies_from("1(2)", "2025-12-01")),
	]
	on := _decide_unsuspended(object.union(_technology_only, {"export_date": "2025-12-01"}))
	_summary(on) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": ["RE61_MADE_WITH_CN_TECHNOLOGY"]}
}

test_clause_1_2_is_dormant_on_2025_12_01_and_live_on_2026_11_10 if {
	_summary(_decide(object.union(_technology_only, {"export_date": "2025-12-01"}))).outcome == "NOT_CONTROLLED"
	_summary(_decide(object.union(_technology_only, {"export_date": "2026-11-10"}))).reasons == ["RE61_MADE_WITH_CN_TECHNOLOGY"]
}

_cn_origin := _set("/items/0/origin", "CN")

test_clause_1_3_is_dormant_on_2025_10_08 if {
	d := _decide(object.union(_cn_origin, {"export_date": "2025-10-08"}))
	_summary(d) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	_warning(d, "MEASURE_NOT_IN_FORCE") == [
		_not_in_force("CATALOGUE_MATCH_BY_INTERPRETATION, RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "1(1)", _applies_from("1(1)", "2025-12-01")),
		_not_in_force("CATALOGUE_MATCH_BY_INTERPRETATION, RE61_CN_ORIGIN_ITEM", "1(3)", _applies_from("1(3)", "2025-10-09")),
	]
}

test_clause_1_3_is_live_on_2025_10_09 if {
	d := _decide(object.union(_cn_origin, {"export_date": "2025-10-09"}))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": ["RE61_CN_ORIGIN_ITEM"]}

	# The application is due 45 working days before the export (I-LATEST-DAY-TO-APPLY).
	[[o.type, o.due] | some o in d.obligations] == [["licence_application", "2025-07-30"], ["compliance_notice", "2025-10-09"]]
}

test_no61_is_in_force_on_2025_11_06 if {
	d := _decide(object.union(_cn_origin, {"export_date": "2025-11-06"}))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": ["RE61_CN_ORIGIN_ITEM"]}
}

# A magnet below the clause 1(1) threshold: while No. 61 is suspended it is told that clause 1(1)
# does not apply, not that it falls below the threshold of a clause that applies (I-NOT-IN-FORCE).
_below_threshold := _doc([{"op": "replace", "path": "/items/0/rare_earth_content/0/value/amount", "value": 100}])

test_below_the_threshold_during_the_suspension_clause_1_1_does_not_apply if {
	d := _decide(object.union(_below_threshold, {"export_date": "2026-11-09"}))
	_summary(d) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	_warning(d, "RE61_CONTENT_BELOW_THRESHOLD") == []
	_warning(d, "MEASURE_NOT_IN_FORCE") == [_not_in_force(
		"RE61_CONTENT_BELOW_THRESHOLD", "1(1)",
		_suspended_by_no70,
	)]
	d.lines[0].cn_content_ratio == 0.0005
	d.lines[0].controls == []
}

test_below_the_threshold_once_no_61_applies_again_is_said_so if {
	d := _decide(object.union(_below_threshold, {"export_date": "2026-11-10"}))
	_summary(d) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	_warning(d, "MEASURE_NOT_IN_FORCE") == []
	[[w.lines, w.measure] | some w in _warning(d, "RE61_CONTENT_BELOW_THRESHOLD")] == [[[1], _id]]
	d.lines[0].cn_content_ratio == 0.0005
	every w in d.warnings {
		not w.clause
	}
	d.lines[0].controls == []
}

test_below_the_threshold_before_clause_1_1_it_is_not_yet_in_force if {
	d := _decide_unsuspended(object.union(_below_threshold, {"export_date": "2025-11-30"}))
	_warning(d, "RE61_CONTENT_BELOW_THRESHOLD") == []
	_warning(d, "MEASURE_NOT_IN_FORCE") == [_not_in_force(
		"RE61_CONTENT_BELOW_THRESHOLD", "1(1)",
		_applies_from("1(1)", "2025-12-01"),
	)]
	on := _decide_unsuspended(object.union(_below_threshold, {"export_date": "2025-12-01"}))
	_warning(on, "MEASURE_NOT_IN_FORCE") == []
	[w.code | some w in on.warnings; w.code == "RE61_CONTENT_BELOW_THRESHOLD"] == ["RE61_CONTENT_BELOW_THRESHOLD"]
}

# A warning for the whole shipment that rests on a clause not in force: named without a line.
test_a_shipment_warning_of_a_clause_not_in_force_is_named_without_a_line if {
	shipment_warning := {"code": "RE61_TEST_SHIPMENT", "message_en": "x", "message_zh": "x", "measure": _id, "clause": "1(1)"}
	d := _decide(_on("2026-11-09")) with data.cnexport.measures.mofcom_2025_61.warnings as {shipment_warning}
	_warning(d, "RE61_TEST_SHIPMENT") == []
	[w | some w in _warning(d, "MEASURE_NOT_IN_FORCE"); not w.lines] == [{
		"code": "MEASURE_NOT_IN_FORCE",
		"message_en": concat("", [
			"RE61_TEST_SHIPMENT (MOFCOM-2025-61 clause 1(1)) would apply, ",
			"but MOFCOM-2025-70 suspends MOFCOM-2025-61 from 2025-11-07 until 2026-11-10",
		]),
		"message_zh": "本应适用RE61_TEST_SHIPMENT（MOFCOM-2025-61第1(1)条），但MOFCOM-2025-70自2025-11-07起至2026-11-10暂停实施MOFCOM-2025-61。",
		"measure": _id,
		"clause": "1(1)",
		"state": "suspended",
		"interpretation": "I-NOT-IN-FORCE",
	}]
	revived := _decide(_on("2026-11-10")) with data.cnexport.measures.mofcom_2025_61.warnings as {shipment_warning}
	_warning(revived, "RE61_TEST_SHIPMENT") == [object.remove(shipment_warning, ["clause"])]
}

test_no61_is_suspended_on_2025_11_07 if {
	d := _decide(object.union(_cn_origin, {"export_date": "2025-11-07"}))
	_summary(d) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	_not_in_force("CATALOGUE_MATCH_BY_INTERPRETATION, RE61_CN_ORIGIN_ITEM", "1(3)", _suspended_by_no70) in d.warnings
}

# The reported extension of the Kuala Lumpur arrangement: warned from No. 70's printed end to the day
# before the reported 2027-01-10, only while a reason relies on the revival.
test_extension_warning_from_the_suspensions_end if {
	_warning(_decide(_on("2026-11-10")), "SUSPENSION_EXTENSION_REPORTED") == [_extension_reported]
	_warning(_decide(_on("2026-11-09")), "SUSPENSION_EXTENSION_REPORTED") == []
}

test_extension_warning_to_the_day_before_the_reported_date if {
	_warning(_decide(_on("2027-01-09")), "SUSPENSION_EXTENSION_REPORTED") == [_extension_reported]
	_warning(_decide(_on("2027-01-10")), "SUSPENSION_EXTENSION_REPORTED") == []
}

test_no_extension_warning_where_the_revival_decides_nothing if {
	_warning(_decide(_replace("/items/0", _plain_line(1))), "SUSPENSION_EXTENSION_REPORTED") == []
}

test_reference_data_warning_starts_the_day_after_verified_through if {
	_warning(_decide(_on("2026-10-09")), "REFERENCE_DATA_NOT_VERIFIED") == []
	_warning(_decide(_on("2026-10-10")), "REFERENCE_DATA_NOT_VERIFIED") == [_not_verified("2026-10-10")]
}

test_listings_warning_starts_the_day_after_the_newest_listing_source if {
	_warning(_decide(_on("2026-08-22")), "LISTINGS_NOT_VERIFIED") == []
	_warning(_decide(_on("2026-08-23")), "LISTINGS_NOT_VERIFIED") == [_listings_not_verified("2026-08-23")]
}

# ---- clause 2 to 5: the tiers ----------------------------------------------------------------

_military := _replace("/parties/1", {"role": "end_user", "name": "Northern Arsenal", "country": "US", "military": true})

test_military_end_user_is_deny_in_principle_and_stop if {
	d := _decide(_military)
	_summary(d) == {"outcome": "DENY_IN_PRINCIPLE", "clearance": "STOP", "reasons": [_content_code, "RE61_MILITARY_USER"]}
	[[l.outcome, l.clearance] | some l in d.lines] == [["DENY_IN_PRINCIPLE", "STOP"]]
	military := [[r.clause, r.party] | some r in d.reasons; r.code == "RE61_MILITARY_USER"]
	military == [["2", {"index": 1, "role": "end_user", "name": "Northern Arsenal"}]]
}

test_military_end_user_with_a_covering_mofcom_licence_is_go if {
	d := _decide(object.union(_military, {"licences": [_licence]}))
	_summary(d) == {"outcome": "DENY_IN_PRINCIPLE", "clearance": "GO", "reasons": [_content_code, "RE61_MILITARY_USER"]}
	d.lines[0].licence == "MOFCOM-LIC-1"
	d.lines[0].clearance == "GO"
	d.obligations == [_compliance_notice]
}

_owned(share) := _replace("/parties/1", {
	"role": "end_user",
	"name": "Hudson Precision Components LLC",
	"country": "US",
	"owners": [{"name": "L3 Harris Technologies", "share": share, "country": "US"}],
})

test_end_user_held_50_percent_by_a_listed_owner_is_deny_in_principle if {
	d := _decide(_owned(0.5))
	_summary(d) == {"outcome": "DENY_IN_PRINCIPLE", "clearance": "STOP", "reasons": [_content_code, "RE61_LISTED_PARTY"]}
	d.parties[1] == {
		"role": "end_user",
		"name": "Hudson Precision Components LLC",
		"matches": [{
			"list": "control_list",
			"entry_id": "cl-2025-01-02-02-l3-harris-technologies",
			"name": "L3 Harris Technologies",
			"score": 1,
			"strength": "exact",
			"matched_on": "harris l3 technology",
			"via": "L3 Harris Technologies",
			"share": 0.5,
			"status": {"state": "in_force", "from": "2025-01-02"},
		}],
	}
}

test_end_user_held_49_99_percent_by_a_listed_owner_only_needs_a_licence if {
	d := _decide(_owned(0.4999))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": [_content_code]}
	d.parties[1].matches == []
}

# An owner share too fine to compute exactly is refused, so no ownership test can go wrong on it.
test_owner_share_with_130_decimals_is_invalid_input if {
	d := _decide(_owned(0.4999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999))
	d.outcome == "INVALID_INPUT"
	d.clearance == "STOP"
	[e.path | some e in d.errors] == ["/parties/1/owners/0/share"]
}

test_party_on_the_unreliable_entity_list_only_is_screened_but_not_denied if {
	d := _decide(_replace("/parties/1", {"role": "end_user", "name": "BAE Systems, Inc.", "country": "US"}))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": [_content_code]}
	[[m.list, m.entry_id] | some m in d.parties[1].matches] == [["unreliable_entity_list", "uel-2025-10-09-08-bae-systems-inc"]]
}

test_clause_3_military_end_use_is_deny_in_principle_and_stop if {
	d := _decide(_set("/end_use/purposes", ["military"]))
	_summary(d) == {"outcome": "DENY_IN_PRINCIPLE", "clearance": "STOP", "reasons": [_content_code, "RE61_PROHIBITED_END_USE"]}
	[[r.measure, r.clause, r.figures] | some r in d.reasons; r.clause == "3"] == [[_id, "3", {"purposes": "military"}]]
}

test_clause_4_chip_end_use_is_case_by_case_and_hold if {
	d := _decide(_set("/end_use/purposes", ["logic_chip_14nm_or_below"]))
	_summary(d) == {"outcome": "CASE_BY_CASE", "clearance": "HOLD", "reasons": [_content_code, "RE61_CASE_BY_CASE_END_USE"]}
	[[r.measure, r.clause, r.outcome] | some r in d.reasons; r.clause == "4"] == [[_id, "4", "CASE_BY_CASE"]]
}

test_clause_4_with_a_covering_licence_is_go if {
	d := _decide(_doc([
		{"op": "replace", "path": "/end_use/purposes", "value": ["logic_chip_14nm_or_below"]},
		{"op": "add", "path": "/licences", "value": [_licence]},
	]))
	[d.outcome, d.clearance, d.lines[0].licence] == ["CASE_BY_CASE", "GO", "MOFCOM-LIC-1"]
}

_humanitarian := _doc([
	{"op": "replace", "path": "/end_use/purposes", "value": ["humanitarian_medical_emergency"]},
	{"op": "replace", "path": "/export_date", "value": "2026-11-12"},
])

test_clause_5_humanitarian_end_use_is_report_only_with_a_due_date if {
	d := _decide(_humanitarian)
	_summary(d) == {"outcome": "REPORT_ONLY", "clearance": "GO", "reasons": [_content_code, "RE61_HUMANITARIAN_REPORT"]}
	[[r.clause, r.outcome] | some r in d.reasons] == [["1(1)", "REPORT_ONLY"], ["5", "REPORT_ONLY"]]
	[[o.type, o.due, o.basis] | some o in d.obligations] == [
		["humanitarian_report", "2026-11-26", {"measure": _id, "clause": "5"}],
		["compliance_notice", "2026-11-12", {"measure": _id, "clause": "7"}],
	]
	not d.lines[0].licence
	_warning(d, "DEADLINE_WITHOUT_CALENDAR") == []
}

test_humanitarian_end_use_with_a_military_end_user_is_not_exempt if {
	hospital := {"role": "end_user", "name": "Field Army Hospital", "country": "US", "military": true}
	d := _decide(json.patch(_humanitarian, [{"op": "replace", "path": "/parties/1", "value": hospital}]))
	_summary(d) == {"outcome": "DENY_IN_PRINCIPLE", "clearance": "STOP", "reasons": [_content_code, "RE61_MILITARY_USER"]}
	[o.type | some o in d.obligations] == ["licence_application", "compliance_notice"]
}

test_humanitarian_report_in_2027_warns_that_the_calendar_is_missing if {
	d := _decide(object.union(_humanitarian, {"export_date": "2027-01-05"}))
	[[o.type, o.due] | some o in d.obligations; o.type == "humanitarian_report"] == [["humanitarian_report", "2027-01-15"]]
	_warning(d, "DEADLINE_WITHOUT_CALENDAR") == [{
		"code": "DEADLINE_WITHOUT_CALENDAR",
		"message_en": concat(" ", [
			"line 1: the humanitarian_report deadline 2027-01-15 counts every day of a year",
			"without holiday data as a working day; the real one is no earlier",
		]),
		"message_zh": "第1行：humanitarian_report期限2027-01-15系将缺少节假日数据年份的每一天均计为工作日得出；实际期限不会早于此日。",
		"lines": [1],
		"measure": _id,
		"interpretation": "I-WORKING-DAYS",
	}]
}

test_an_application_counted_back_into_a_year_with_holiday_data_warns_nothing if {
	d := _decide(object.union(_base, {"export_date": "2026-12-31"}))
	[[o.type, o.due] | some o in d.obligations; o.type == "licence_application"] == [["licence_application", "2026-10-29"]]
	_warning(d, "DEADLINE_WITHOUT_CALENDAR") == []
}

test_an_application_for_an_export_in_2027_warns_that_the_real_day_may_be_earlier if {
	d := _decide(object.union(_base, {"export_date": "2027-03-10"}))
	[[o.type, o.due, o.figures.calendar_complete] | some o in d.obligations; o.type == "licence_application"] == [
		["licence_application", "2027-01-06", false],
	]
	_warning(d, "DEADLINE_WITHOUT_CALENDAR") == [{
		"code": "DEADLINE_WITHOUT_CALENDAR",
		"message_en": concat("", [
			"line 1: the latest day to apply, 2027-01-06, counts every weekday of a year without holiday data as a working day; ",
			"the real one may be earlier: apply sooner",
		]),
		"message_zh": "第1行：最迟申请日2027-01-06系将缺少节假日数据年份的每个周一至周五均计为工作日得出；实际最迟申请日可能更早，请提前申请。",
		"lines": [1],
		"measure": _id,
		"interpretation": "I-LATEST-DAY-TO-APPLY",
	}]
}

# ---- licences --------------------------------------------------------------------------------

test_valid_covering_mofcom_licence_is_go if {
	d := _decide(_with_licences([_licence]))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "GO", "reasons": [_content_code]}
	d.lines[0].licence == "MOFCOM-LIC-1"
	_warning(d, "LICENCE_NOT_VALID_ON_DATE") == []
	_warning(d, "LICENCE_ISSUER_NOT_RECOGNISED") == []
}

test_licence_is_valid_on_its_first_and_last_day if {
	_decide(_with_licences([object.union(_licence, {"valid_from": "2026-12-01"})])).clearance == "GO"
	_decide(_with_licences([object.union(_licence, {"valid_until": "2026-12-01"})])).clearance == "GO"
}

test_expired_licence_is_hold_with_a_warning if {
	d := _decide(_with_licences([object.union(_licence, {"valid_from": "2025-11-15", "valid_until": "2026-11-30"})]))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": [_content_code]}
	not d.lines[0].licence
	_warning(d, "LICENCE_NOT_VALID_ON_DATE") == [{
		"code": "LICENCE_NOT_VALID_ON_DATE",
		"message_en": "licence MOFCOM-LIC-1 is valid from 2025-11-15 to 2026-11-30, not on the export date 2026-12-01",
		"message_zh": "许可证MOFCOM-LIC-1的有效期为2025-11-15至2026-11-30，不含出口日期2026-12-01。",
	}]
}

# A machine-written summary is told once for each obligation and clause, naming its lines in runs:
# lines 1-3 and 5 have both of No. 61's obligations, line 4 none; a licence on file for line 5
# leaves it only the notice.
_magnet_line(n) := object.union(_base.items[0], {"line": n})

test_low_grade_sources_are_told_once_for_their_lines_in_runs if {
	licensed := object.union(_licence, {"lines": [5]})
	items := [_magnet_line(1), _magnet_line(2), _magnet_line(3), _plain_line(4), _magnet_line(5)]
	d := _decide(object.union(_base, {"items": items, "licences": [licensed]}))
	[[w.lines, w.message_en, w.message_zh] | some w in _warning(d, "LOW_GRADE_SOURCE")] == [
		[
			[1, 2, 3],
			concat(" ", [
				"lines 1-3: the licence_application obligation (MOFCOM-2025-61 clause 6) is known only from a",
				"machine-written summary of the official text",
			]),
			"第1-3行：licence_application义务（MOFCOM-2025-61第6条）仅见于对官方文本的机器生成摘要。",
		],
		[
			[1, 2, 3, 5],
			concat(" ", [
				"lines 1-3, 5: the compliance_notice obligation (MOFCOM-2025-61 clause 7) is known only from a",
				"machine-written summary of the official text",
			]),
			"第1-3、5行：compliance_notice义务（MOFCOM-2025-61第7条）仅见于对官方文本的机器生成摘要。",
		],
	]
}

test_licence_not_yet_valid_is_hold_with_a_warning if {
	d := _decide(_with_licences([object.union(_licence, {"valid_from": "2026-12-02"})]))
	d.clearance == "HOLD"
	_codes(d.warnings) == [
		"LICENCE_NOT_VALID_ON_DATE", "LISTINGS_NOT_VERIFIED", "REFERENCE_DATA_NOT_VERIFIED",
		"SUSPENSION_EXTENSION_REPORTED", "CATALOGUE_MATCH_BY_INTERPRETATION",
		"LOW_GRADE_SOURCE", "LOW_GRADE_SOURCE",
	]
}

test_licence_for_another_line_leaves_the_line_on_hold if {
	doc := _doc([
		{"op": "add", "path": "/items/-", "value": _plain_line(2)},
		{"op": "add", "path": "/licences", "value": [object.union(_licence, {"lines": [2]})]},
	])
	d := _decide(doc)
	d.clearance == "HOLD"
	[[l.line, l.outcome, l.clearance, object.get(l, "licence", null)] | some l in d.lines] == [
		[1, "LICENCE_REQUIRED", "HOLD", null],
		[2, "NOT_CONTROLLED", "GO", null],
	]
}

test_licence_of_a_foreign_issuer_is_hold_with_a_warning if {
	d := _decide(_with_licences([object.union(_licence, {"number": "METI-1", "issued_by": "METI"})]))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": [_content_code]}
	_warning(d, "LICENCE_ISSUER_NOT_RECOGNISED") == [{
		"code": "LICENCE_ISSUER_NOT_RECOGNISED",
		"message_en": "licence METI-1 was issued by METI, which cannot lift a Chinese licence duty",
		"message_zh": "许可证METI-1由METI签发，不能满足中国出口许可要求。",
		"interpretation": "I-LICENCE-ISSUER",
	}]
}

test_the_first_of_two_covering_licences_is_named if {
	d := _decide(_with_licences([object.union(_licence, {"number": "MOFCOM-LIC-9"}), object.union(_licence, {"number": "MOFCOM-LIC-2"})]))
	d.lines[0].licence == "MOFCOM-LIC-2"
}

test_one_unlicensed_line_keeps_the_shipment_on_hold if {
	second := object.union(_base.items[0], {"line": 2})
	d := _decide(_doc([
		{"op": "add", "path": "/items/-", "value": second},
		{"op": "add", "path": "/licences", "value": [_licence]},
	]))
	[d.outcome, d.clearance] == ["LICENCE_REQUIRED", "HOLD"]
	[[l.line, l.clearance] | some l in d.lines] == [[1, "GO"], [2, "HOLD"]]

	# One notice for both lines; one application, for the line no licence covers.
	[[o.type, o.lines] | some o in d.obligations] == [["compliance_notice", [1, 2]], ["licence_application", [2]]]
	[o.message_en | some o in d.obligations; o.type == "compliance_notice"] == [concat(" ", [
		"Give the recipient of lines 1-2 a compliance notice (合规告知书) following Annex 2 of",
		"the announcement, at the latest when the item is passed on.",
	])]
}

# A line a reason in force prohibits needs no application (no licence can cover it): the measure
# words its application for the other lines only, and the notice still names both.
test_a_prohibited_line_is_left_out_of_the_application if {
	second := object.union(_base.items[0], {"line": 2})
	prohibited := {
		"code": "TEST_PROHIBITED", "measure": "MOFCOM-2025-62", "clause": "1", "line": 2, "outcome": "PROHIBITED",
		"message_en": "m", "message_zh": "m",
	}
	d := _decide(_doc([{"op": "add", "path": "/items/-", "value": second}]))
		with data.cnexport.measures.mofcom_2025_62.findings as {prohibited}
	[[o.type, o.lines] | some o in d.obligations] == [["licence_application", [1]], ["compliance_notice", [1, 2]]]
	startswith([o.message_en | some o in d.obligations; o.type == "licence_application"][0], "Before exporting line 1, ")
}

test_lines_come_in_the_order_of_the_items if {
	doc := _set("/items", [_plain_line(7), _base.items[0]])
	[l.line | some l in _decide(doc).lines] == [7, 1]
}

# ---- scope -----------------------------------------------------------------------------------

# An export from China is not No. 61's (that is the rules for exports from China, e.g. No. 18).
test_export_from_china_is_not_controlled_by_no61 if {
	d := _decide(_set("/ship_from", "CN"))
	[r | some r in d.reasons; r.measure == _id] == []
	[c | some c in d.lines[0].controls; c.measure == _id] == []
	d.reasons != []
}

test_export_to_china_is_not_controlled_by_no61 if {
	_summary(_decide(_set("/ship_to", "CN"))) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
}

test_plain_ndfeb_magnet_is_not_controlled if {
	d := _decide(_replace("/items/0", _plain_line(1)))
	_summary(d) == {"outcome": "NOT_CONTROLLED", "clearance": "GO", "reasons": []}
	d.obligations == []
	d.warnings == [_listings_not_verified("2026-12-01"), _not_verified("2026-12-01")]
}

test_undeclared_content_needs_a_licence if {
	d := _decide(_doc([{"op": "remove", "path": "/items/0/rare_earth_content"}]))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": ["RE61_CN_CONTENT_UNDECLARED"]}
	not d.lines[0].cn_content_ratio
}

# Lines taken to be the same flagged entry share one warning, naming them in runs; another entry's
# lines get their own, and an entry not flagged none.
test_lines_of_an_inferred_entry_share_one_warning if {
	magnet := _base.items[0]
	smco := object.union(magnet, {
		"line": 3, "description": "SmCo 2:17 magnets", "elements": ["Sm", "Co"],
		"rare_earth_content": [{"element": "Sm", "form": "metal", "origin": "CN", "value": {"amount": 300, "currency": "USD"}}],
	})
	doc := object.union(_base, {"items": [magnet, object.union(magnet, {"line": 2}), smco, object.union(magnet, {"line": 4})]})
	d := _decide(doc) with data.cnexport_reference.index.catalogue["cn2025-61-annex1-p2-dy-ndfeb-magnet"].inferred as true
	[[w.lines, w.message_en] | some w in _warning(d, "CATALOGUE_ENTRY_INFERRED")] == [[
		[1, 2, 4],
		"lines 1-2, 4: catalogue entry cn2025-61-annex1-p2-dy-ndfeb-magnet rests on inferred data; see its note in data/catalogue/",
	]]
	both := _decide(doc) with data.cnexport_reference.index.catalogue["cn2025-61-annex1-p2-dy-ndfeb-magnet"].inferred as true
		with data.cnexport_reference.index.catalogue["cn2025-61-annex1-p2-smco-magnet"].inferred as true
	[w.lines | some w in _warning(both, "CATALOGUE_ENTRY_INFERRED")] == [[1, 2, 4], [3]]
}

test_china_origin_item_made_in_china_is_1_3 if {
	d := _decide(_doc([
		{"op": "replace", "path": "/items/0/manufactured_in", "value": "CN"},
		{"op": "replace", "path": "/items/0/origin", "value": "CN"},
	]))
	_summary(d) == {"outcome": "LICENCE_REQUIRED", "clearance": "HOLD", "reasons": ["RE61_CN_ORIGIN_ITEM"]}
}

test_inferred_catalogue_entry_is_flagged if {
	d := _decide(_base) with data.cnexport_reference.index.catalogue["cn2025-61-annex1-p2-dy-ndfeb-magnet"].inferred as true
	_warning(d, "CATALOGUE_ENTRY_INFERRED") == [{
		"code": "CATALOGUE_ENTRY_INFERRED",
		"message_en": "line 1: catalogue entry cn2025-61-annex1-p2-dy-ndfeb-magnet rests on inferred data; see its note in data/catalogue/",
		"message_zh": "第1行：目录条目cn2025-61-annex1-p2-dy-ndfeb-magnet的数据部分出于推断；见data/catalogue/中该条目的说明。",
		"lines": [1],
		"measure": _id,
	}]
	_warning(_decide(_base), "CATALOGUE_ENTRY_INFERRED") == []
}

# ---- invalid input and engine faults ---------------------------------------------------------

test_garbage_input_is_invalid_and_stop if {
	every doc in ["hello", [], {}, 42, null, false, {"schema_version": "1"}] {
		d := _decide(doc)
		d.outcome == "INVALID_INPUT"
		d.clearance == "STOP"
		count(d.errors) > 0
	}
}

test_no_input_is_invalid_and_stop if {
	d := data.cnexport.decision
	[d.outcome, d.clearance, d.id, d.rules_in_force_on] == ["INVALID_INPUT", "STOP", null, null]
}

test_a_document_that_cannot_be_decided_fails_closed if {
	# validation is bypassed: the decision cannot be built from a string, and the default applies
	d := _decide("hello") with data.cnexport.validate.errors as set()
	d == {
		"id": null,
		"outcome": "INVALID_INPUT",
		"clearance": "STOP",
		"lines": [],
		"parties": [],
		"reasons": [],
		"obligations": [],
		"warnings": [],
		"sources": {},
		"errors": [{"path": "", "message": "the engine could not decide this document; nothing may be inferred from this answer"}],
		"rules_in_force_on": null,
		"reference_data": {"version": "unknown", "verified_through": "1970-01-01"},
	}
}
