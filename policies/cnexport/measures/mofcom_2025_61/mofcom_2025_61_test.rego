# regal ignore:file-length
package cnexport.measures.mofcom_2025_61_test

import data.cnexport.measures.mofcom_2025_61 as rule

# MOFCOM Announcement No. 61 of 2025, clause by clause, with the real reference data.

# A sintered Dy NdFeB magnet made in Japan with 0.15 % China-origin dysprosium by value, shipped
# from Japan to the United States for civil use on 2026-12-01 (No. 61 back in force).
_base := {
	"schema_version": "1",
	"id": "t-no61",
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

_l3 := "cl-2025-01-02-02-l3-harris-technologies"

_doc(ops) := json.patch(_base, ops)

_set(path, value) := _doc([{"op": "add", "path": path, "value": value}])

_replace(path, value) := _doc([{"op": "replace", "path": path, "value": value}])

_on(date) := _set("/export_date", date)

_content(element, form, origin, amount) := {
	"element": element,
	"form": form,
	"origin": origin,
	"value": {"amount": amount, "currency": "USD"},
}

# The base line with its value and its rare-earth content replaced.
_valued(value, contents) := _doc([
	{"op": "replace", "path": "/items/0/value/amount", "value": value},
	{"op": "replace", "path": "/items/0/rare_earth_content", "value": contents},
])

_alloy(element, system, amount) := object.union(_content(element, "alloy", "CN", amount), {"alloy": system})

_dy_cn(amount) := _content("Dy", "metal", "CN", amount)

_purposes(ps) := _set("/end_use/purposes", ps)

_end_user(party) := _replace("/parties/1", party)

_licence := {
	"number": "MOFCOM-LIC-1",
	"type": "single",
	"lines": [1],
	"valid_from": "2026-11-15",
	"valid_until": "2027-11-14",
	"issued_by": "MOFCOM",
}

_codes(reasons) := {[r.code, r.clause, r.outcome] | some r in reasons}

# ---- the reasons as the contract has them -----------------------------------------------------

_content_figures(cn_value, item_value, ratio, ratio_percent, counted, unknown) := {
	"cn_content_value": {"amount": cn_value, "currency": "USD"},
	"item_value": {"amount": item_value, "currency": "USD"},
	"ratio": ratio,
	"ratio_percent": ratio_percent,
	"threshold": "0.001",
	"threshold_percent": "0.1",
	"counted_entries": counted,
	"unknown_origin_entries": unknown,
}

_content_reason(f, outcome, interpretation) := {
	"code": "RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD",
	"measure": _id,
	"clause": "1(1)",
	"outcome": outcome,
	"line": 1,
	"figures": f,
	"interpretation": interpretation,
	"message_en": sprintf(
		concat(" ", [
			"The item is an Annex 1 Part 2 item made abroad whose China-origin Annex 1 Part 1",
			"content, worth %s USD, is %s%% of its value of %s USD: at or above the %s%%",
			"threshold, so exporting it needs a MOFCOM dual-use export licence, unless clause 5",
			"replaces the licence with a report.",
		]),
		[f.cn_content_value.amount, f.ratio_percent, f.item_value.amount, f.threshold_percent],
	),
	"message_zh": sprintf(
		"该物项为境外制造的附件1第二部分物项，所含原产于中国的第一部分物项价值 %s USD，占其价值 %s USD 的 %s%%，达到 %s%% 及以上，出口须取得商务部两用物项出口许可（属第五条人道主义情形的，改为报告）。",
		[f.cn_content_value.amount, f.item_value.amount, f.ratio_percent, f.threshold_percent],
	),
}

_base_reason := _content_reason(
	_content_figures("300", "200000", "0.001500000", "0.1500000", 1, 0),
	"LICENCE_REQUIRED", "I-61-VALUE-BASIS",
)

_military_reason(i, name, role) := {
	"code": "RE61_MILITARY_USER",
	"measure": _id,
	"clause": "2",
	"outcome": "DENY_IN_PRINCIPLE",
	"line": 1,
	"party": {"index": i, "role": role, "name": name},
	"figures": {"name": name, "role": role},
	"interpretation": "I-61-RECEIVING-ROLES",
	"message_en": sprintf(
		concat(" ", [
			"%s (%s) is a military user: under clause 2 an application to export a controlled",
			"item to it is in principle not approved.",
		]),
		[name, role],
	),
	"message_zh": sprintf("%s（%s）为军事用户：依第二条，向其出口管制物项的申请原则上不予许可。", [name, role]),
}

_listed_reason(name, via_figures) := {
	"code": "RE61_LISTED_PARTY",
	"measure": _id,
	"clause": "2",
	"outcome": "DENY_IN_PRINCIPLE",
	"line": 1,
	"party": {"index": 1, "role": "end_user", "name": name},
	"figures": object.union(
		{"name": name, "role": "end_user", "list": "control_list", "entry_id": _l3, "listed_name": "L3 Harris Technologies"},
		via_figures,
	),
	"interpretation": "I-61-RECEIVING-ROLES",
	"message_en": sprintf(
		concat(" ", [
			"%s (end_user) matches L3 Harris Technologies on the control_list (%s)%s: under",
			"clause 2 an application to export a controlled item to it is in principle not",
			"approved.",
		]),
		[name, _l3, via_figures.via_text],
	),
	"message_zh": sprintf(
		concat(" ", [
			"%s（end_user）与control_list所列L3 Harris Technologies（%s）相符%s：依第二条，",
			"向其出口管制物项的申请原则上不予许可。",
		]),
		[name, _l3, via_figures.via_text],
	),
}

_end_use_reason(clause, code, outcome, purposes, message_en, message_zh) := {
	"code": code,
	"measure": _id,
	"clause": clause,
	"outcome": outcome,
	"line": 1,
	"figures": {"purposes": purposes},
	"message_en": sprintf(message_en, [purposes]),
	"message_zh": sprintf(message_zh, [purposes]),
}

_clause_3_reason(purposes) := _end_use_reason(
	"3", "RE61_PROHIBITED_END_USE", "DENY_IN_PRINCIPLE", purposes,
	"The declared end use (%s) falls under clause 3: an application is in principle not approved.",
	"申报的最终用途（%s）属于第三条所列情形，申请原则上不予许可。",
)

_clause_4_reason(purposes) := _end_use_reason(
	"4", "RE61_CASE_BY_CASE_END_USE", "CASE_BY_CASE", purposes,
	"The declared end use (%s) falls under clause 4: the licence application is reviewed case by case.",
	"申报的最终用途（%s）属于第四条所列情形，许可申请逐案审批。",
)

_report_figures(purposes, date, due, complete) := {
	"purposes": purposes,
	"export_date": date,
	"working_days": 10,
	"due": due,
	"calendar_complete": complete,
}

_humanitarian_reason(purposes, date, due, complete) := {
	"code": "RE61_HUMANITARIAN_REPORT",
	"measure": _id,
	"clause": "5",
	"outcome": "REPORT_ONLY",
	"line": 1,
	"figures": _report_figures(purposes, date, due, complete),
	"interpretation": "I-WORKING-DAYS",
	"message_en": sprintf(
		concat(" ", [
			"The end use is humanitarian (%s): no licence is needed, but the exporter must",
			"report the export to MOFCOM by e-mail within 10 working days after export, by",
			"%s, and undertake that the items will not harm China's national security.",
		]),
		[purposes, due],
	),
	"message_zh": sprintf(
		"最终用途为人道主义救助（%s）：无需申请许可，但应在出口后10个工作日内 （%s前）通过电子邮件向商务部报告，并承诺不用于危害中国国家安全和利益的用途。",
		[purposes, due],
	),
}

# The application is due on the 45th working day before the export (I-LATEST-DAY-TO-APPLY): for
# an export on 2026-11-10, 2026-08-31; on 2026-12-01, 2026-09-21.
_licence_application(due) := {
	"type": "licence_application",
	"due": due,
	"basis": {"measure": _id, "clause": "6"},
	"lines": [1],
	"figures": {"latest_day_to_apply": due, "decision_working_days": 45, "calendar_complete": true},
	"message_en": concat(" ", [
		"Before exporting line 1, obtain a MOFCOM dual-use export licence: apply through",
		"MOFCOM's dual-use licensing system with the documents of Art. 16 of the Dual-Use",
		"Regulations, in Chinese, yourself or through a Chinese legal person acting for",
		sprintf("you. Apply by %s at the latest: MOFCOM decides within 45 working days of", [due]),
		"accepting an application (Dual-Use Regulations Art. 17), not counting identification, expert",
		"consultation or checks.",
	]),
	"message_zh": sprintf(
		concat("", [
			"出口第1行前，应取得商务部两用物项出口许可：通过商务部两用物项出口许可系统，按两用物项出口管制条例第十六条提交中文申请材料，",
			"可自行申请或委托中国法人代为申请。最迟应于%s申请：商务部自受理之日起45个工作日内作出决定（条例第十七条），物项鉴别、专家咨询和核查时间不计入。",
		]),
		[due],
	),
}

_compliance_notice(date) := {
	"type": "compliance_notice",
	"due": date,
	"basis": {"measure": _id, "clause": "7"},
	"lines": [1],
	"figures": {},
	"message_en": concat(" ", [
		"Give the recipient of line 1 a compliance notice (合规告知书) following Annex 2 of",
		"the announcement, at the latest when the item is passed on.",
	]),
	"message_zh": "最迟在交付时，应按公告附件2向第1行的接收方出具合规告知书。",
}

_dy_magnet_control := {
	"entry_id": "cn2025-61-annex1-p2-dy-ndfeb-magnet",
	"measure": _id,
	"clause": "annex 1",
	"name_en": "dysprosium-containing NdFeB permanent-magnet material",
	"source_quality": "secondary",
}

_interpretation_warning := {
	"code": "CATALOGUE_MATCH_BY_INTERPRETATION",
	"message_en": concat(" ", [
		"line 1: taken to be cn2025-61-annex1-p2-dy-ndfeb-magnet (dysprosium-containing",
		"NdFeB permanent-magnet material) by the reading I-61-PART2-BY-ELEMENT",
	]),
	"message_zh": "第1行依解释I-61-PART2-BY-ELEMENT被认定为cn2025-61-annex1-p2-dy-ndfeb-magnet（含镝的钕铁硼永磁材料）。",
	"lines": [1],
	"measure": _id,
	"clause": "1(1)",
	"interpretation": "I-61-PART2-BY-ELEMENT",
}

_below_warning(lines_text, lines_text_zh, lines) := {
	"code": "RE61_CONTENT_BELOW_THRESHOLD",
	"message_en": sprintf(
		concat(" ", [
			"%s: China-origin Annex 1 Part 1 content is below the 0.1%% threshold of clause 1(1), as a share of the",
			"item's value (each line's cn_content_ratio)",
		]),
		[lines_text],
	),
	"message_zh": sprintf("%s：原产于中国的附件1第一部分物项价值占该物项价值的比例（见各行cn_content_ratio）低于第一条第（一）项规定的0.1%%。", [lines_text_zh]),
	"lines": lines,
	"measure": _id,
	"clause": "1(1)",
}

_below_line_1 := _below_warning("line 1", "第1行", [1])

# ---- clause 1(1): the 0.1 % threshold, exactly -------------------------------------------------

test_0_15_percent_china_content_is_caught_with_its_figures if {
	rule.clause_1_1 == {_base_reason} with input as _base
	rule.findings == {_base_reason} with input as _base
	rule.line_figures == {1: {"cn_content_ratio": 0.0015}} with input as _base
}

test_exactly_0_1_percent_is_caught if {
	rule.clause_1_1 == {_content_reason(
		_content_figures("200", "200000", "0.001000000", "0.1000000", 1, 0),
		"LICENCE_REQUIRED", "I-61-VALUE-BASIS",
	)} with input as _valued(200000, [_dy_cn(200)])
}

test_just_below_0_1_percent_is_not_caught if {
	doc := _valued(200000, [_dy_cn(199.99)])
	rule.clause_1_1 == set() with input as doc
	rule.findings == set() with input as doc
	rule.warnings == {_below_line_1} with input as doc
	rule.line_figures == {1: {"cn_content_ratio": 0.00099995}} with input as doc
}

test_just_above_0_1_percent_is_caught if {
	reasons := rule.clause_1_1 with input as _valued(200000, [_dy_cn(200.01)])
	[r.figures.ratio | some r in reasons] == ["0.001000050"]
	[r.figures.ratio_percent | some r in reasons] == ["0.1000050"]
}

test_0_3_of_300_is_exactly_0_1_percent if {
	reasons := rule.clause_1_1 with input as _valued(300, [_dy_cn(0.3)])
	[[r.figures.cn_content_value.amount, r.figures.ratio] | some r in reasons] == [["0.3", "0.001000000"]]
}

test_0_0003_of_0_3_is_exactly_0_1_percent if {
	reasons := rule.clause_1_1 with input as _valued(0.3, [_dy_cn(0.0003)])
	figures := [[f.cn_content_value.amount, f.item_value.amount, f.ratio] | some r in reasons; f := r.figures]
	figures == [["0.0003", "0.3", "0.001000000"]]
}

test_0_0049_of_4_9_is_caught_where_binary_floats_say_below if {
	# as doubles, 0.0049 / 4.9 < 0.001 and 0.0049 < 0.001 * 4.9
	reasons := rule.clause_1_1 with input as _valued(4.9, [_dy_cn(0.0049)])
	[r.figures.ratio | some r in reasons] == ["0.001000000"]
}

test_0_0048999_of_4_9_is_not_caught if {
	rule.clause_1_1 == set() with input as _valued(4.9, [_dy_cn(0.0048999)])
}

test_content_written_as_1e_3_of_1_is_caught if {
	reasons := rule.clause_1_1 with input as _valued(1, [_dy_cn(1e-3)])
	[[r.figures.cn_content_value.amount, r.figures.ratio] | some r in reasons] == [["0.001", "0.001000000"]]
}

test_content_written_as_9_99e_4_of_1_is_not_caught if {
	rule.clause_1_1 == set() with input as _valued(1, [_dy_cn(9.99e-4)])
}

test_24_digit_value_with_content_at_the_threshold_is_caught if {
	count(rule.clause_1_1) == 1 with input as _valued(123456789012345678901234, [_dy_cn(123456789012345678901.234)])
}

test_24_digit_value_with_content_one_digit_below_is_not_caught if {
	rule.clause_1_1 == set() with input as _valued(123456789012345678901234, [_dy_cn(123456789012345678901.233)])
}

# A 24-digit value is printed exactly in the reason's figures and messages.
test_24_digit_figures_are_printed_exactly if {
	reasons := rule.clause_1_1 with input as _valued(123456789012345678901234, [_dy_cn(123456789012345678901.234)])
	figures := [[f.item_value.amount, f.cn_content_value.amount] | some r in reasons; f := r.figures]
	figures == [["123456789012345678901234", "123456789012345678901.234"]]
}

# A threshold finer than the 9 places of the ratio is compared at its own places.
test_a_threshold_finer_than_the_ratio_is_compared_at_its_places if {
	finer := {"digits": 1, "exponent": -12}
	count(rule.clause_1_1) == 1 with input as _valued(1000, [_dy_cn(0.000000001)]) with rule._threshold as finer
	rule.clause_1_1 == set() with input as _valued(1000, [_dy_cn(0.0000000009)]) with rule._threshold as finer
}

test_point_one_and_point_two_sum_to_exactly_0_1_percent_of_300 if {
	doc := _valued(300, [_dy_cn(0.1), _content("Tb", "metal", "CN", 0.2)])
	reasons := rule.clause_1_1 with input as doc
	[[r.figures.cn_content_value.amount, r.figures.ratio, r.figures.counted_entries] | some r in reasons] == [["0.3", "0.001000000", 2]]
}

test_content_of_other_origins_and_materials_is_not_counted if {
	doc := _valued(200000, [
		_dy_cn(150),
		_content("Dy", "metal", "AU", 5000), # not China-origin
		_content("Nd", "metal", "CN", 9000), # not a Part 1 material
		_content("Dy", "compound", "CN", 100), # not a Part 1 form
	])
	rule.clause_1_1 == set() with input as doc
	rule.warnings == {_below_line_1} with input as doc
	rule.line_figures == {1: {"cn_content_ratio": 0.00075}} with input as doc
}

# Lines with the same facts and content of the same material share their classification, never
# their figures: each line is valued on its own, and a line with other facts is matched on its own.
test_lines_sharing_facts_and_materials_are_each_valued_on_their_own if {
	line := _base.items[0]
	doc := json.patch(_base, [
		{"op": "add", "path": "/items/-", "value": object.union(line, {"line": 2, "value": {"amount": 400000, "currency": "USD"}})},
		{"op": "add", "path": "/items/-", "value": object.union(line, {"line": 3, "elements": ["Nd", "Pr"]})},
		{"op": "add", "path": "/items/-", "value": object.union(line, {
			"line": 4,
			"rare_earth_content": [object.union(_dy_cn(300), {"form": "compound"})],
		})},
	])
	rule.line_figures == {
		1: {"cn_content_ratio": 0.0015},
		2: {"cn_content_ratio": 0.00075},
		4: {"cn_content_ratio": 0},
	} with input as doc
	{[r.line, r.figures.ratio] | some r in rule.clause_1_1} == {[1, "0.001500000"]} with input as doc
}

test_content_in_another_currency_is_converted_exactly if {
	doc := _doc([
		{"op": "replace", "path": "/items/0/rare_earth_content/0/value", "value": {"amount": 160, "currency": "EUR"}},
		{"op": "add", "path": "/fx_rates", "value": {"EUR": 1.25}},
	])
	rule.clause_1_1 == {_content_reason(
		_content_figures("200.00", "200000", "0.001000000", "0.1000000", 1, 0),
		"LICENCE_REQUIRED", "I-61-VALUE-BASIS",
	)} with input as doc
}

test_content_of_unknown_origin_is_counted_with_a_warning if {
	doc := _valued(200000, [_content("Dy", "metal", "unknown", 250)])
	rule.clause_1_1 == {_content_reason(
		_content_figures("250", "200000", "0.001250000", "0.1250000", 1, 1),
		"LICENCE_REQUIRED", "I-61-UNKNOWN-ORIGIN",
	)} with input as doc
	rule.warnings == {
		_interpretation_warning,
		{
			"code": "RE61_UNKNOWN_ORIGIN_COUNTED",
			"message_en": "line 1: rare-earth content entries of unknown origin, 1 a line, were counted as China-origin",
			"message_zh": "第1行：每行1项原产地不明的稀土含量已按原产于中国计入。",
			"lines": [1],
			"measure": _id,
			"clause": "1(1)",
			"interpretation": "I-61-UNKNOWN-ORIGIN",
		},
	} with input as doc
}

test_alloy_without_system_is_counted_with_a_warning if {
	doc := _valued(200000, [{"element": "Dy", "form": "alloy", "origin": "CN", "value": {"amount": 200, "currency": "USD"}}])
	count(rule.clause_1_1) == 1 with input as doc
	rule.warnings == {
		_interpretation_warning,
		{
			"code": "RE61_ALLOY_SYSTEM_NOT_GIVEN",
			"message_en": "line 1: alloy content of Dy without an alloy system was counted as an Annex 1 Part 1 alloy",
			"message_zh": "第1行：未注明合金体系的Dy合金含量已按附件1第一部分所列合金计入。",
			"lines": [1],
			"measure": _id,
			"clause": "1(1)",
			"interpretation": "I-61-ALLOY-UNNAMED",
		},
	} with input as doc
}

# A warning says the same thing once for all the lines it is true of, naming them in runs; lines it
# would say something else of get a warning of their own.

# The base line numbered n, in category `category`, with these contents.
_line_of(n, category, contents) := object.union(_base.items[0], {"line": n, "category": category, "rare_earth_content": contents})

_lines_doc(lines) := object.union(_base, {"items": lines})

_warnings_of(code, warnings) := [[w.lines, w.message_en, w.message_zh] | some w in warnings; w.code == code]

test_lines_below_the_threshold_share_one_warning if {
	doc := _lines_doc([
		_line_of(1, "permanent_magnet", [_dy_cn(100)]),
		_line_of(2, "permanent_magnet", [_dy_cn(199.99)]),
		_line_of(3, "permanent_magnet", [_dy_cn(200)]), # exactly 0.1 %: caught, not below
		_line_of(4, "permanent_magnet", [_dy_cn(0)]),
	])
	[[w.lines, w.message_en, w.message_zh] | some w in rule.warnings with input as doc; w.code == "RE61_CONTENT_BELOW_THRESHOLD"] == [[
		[1, 2, 4],
		_below_warning("lines 1-2, 4", "第1-2、4行", [1, 2, 4]).message_en,
		_below_warning("lines 1-2, 4", "第1-2、4行", [1, 2, 4]).message_zh,
	]]
	{r.line | some r in rule.clause_1_1 with input as doc} == {3}
	rule.line_figures == {
		1: {"cn_content_ratio": 0.0005},
		2: {"cn_content_ratio": 0.00099995},
		3: {"cn_content_ratio": 0.001},
		4: {"cn_content_ratio": 0},
	} with input as doc
}

test_lines_with_as_many_entries_of_unknown_origin_share_one_warning if {
	unknown := _content("Dy", "metal", "unknown", 150)
	doc := _lines_doc([
		_line_of(1, "permanent_magnet", [unknown]),
		_line_of(2, "permanent_magnet", [unknown, unknown]),
		_line_of(3, "permanent_magnet", [unknown, _dy_cn(100)]),
		_line_of(4, "permanent_magnet", [_dy_cn(100)]),
	])
	_warnings_of("RE61_UNKNOWN_ORIGIN_COUNTED", rule.warnings) == [
		[
			[1, 3],
			"lines 1, 3: rare-earth content entries of unknown origin, 1 a line, were counted as China-origin",
			"第1、3行：每行1项原产地不明的稀土含量已按原产于中国计入。",
		],
		[
			[2],
			"line 2: rare-earth content entries of unknown origin, 2 a line, were counted as China-origin",
			"第2行：每行2项原产地不明的稀土含量已按原产于中国计入。",
		],
	] with input as doc
}

test_lines_with_alloy_of_the_same_element_and_no_system_share_one_warning if {
	doc := _lines_doc([
		_line_of(1, "permanent_magnet", [_content("Dy", "alloy", "CN", 200)]),
		_line_of(2, "permanent_magnet", [_content("Tb", "alloy", "CN", 200)]),
		_line_of(3, "permanent_magnet", [_content("Dy", "alloy", "CN", 200), _content("Tb", "alloy", "CN", 1)]),
		_line_of(4, "permanent_magnet", [_alloy("Dy", "NdFeB", 200)]), # its system named
	])
	_warnings_of("RE61_ALLOY_SYSTEM_NOT_GIVEN", rule.warnings) == [
		[
			[1, 3],
			"lines 1, 3: alloy content of Dy without an alloy system was counted as an Annex 1 Part 1 alloy",
			"第1、3行：未注明合金体系的Dy合金含量已按附件1第一部分所列合金计入。",
		],
		[
			[2, 3],
			"lines 2-3: alloy content of Tb without an alloy system was counted as an Annex 1 Part 1 alloy",
			"第2-3行：未注明合金体系的Tb合金含量已按附件1第一部分所列合金计入。",
		],
	] with input as doc
}

test_products_with_magnets_of_one_category_share_one_warning if {
	doc := _lines_doc([
		_line_of(1, "product_with_magnet", [_dy_cn(300)]),
		_line_of(2, "magnet_part", [_dy_cn(300)]),
		_line_of(3, "product_with_magnet", [_dy_cn(100)]),
		_line_of(4, "permanent_magnet", [_dy_cn(300)]),
		object.remove(_line_of(5, "product_with_magnet", []), ["rare_earth_content"]), # nothing to take a ratio of
	])
	[[w.lines, w.message_en] | some w in rule.warnings with input as doc; w.code == "RE61_RATIO_ON_WHOLE_PRODUCT_VALUE"] == [
		[[1, 3], concat("", [
			"lines 1, 3 (product_with_magnet, with magnets in it): the clause 1(1) ratio (each line's cn_content_ratio) was ",
			"taken on the declared value of the whole line, not on the value of the magnets in it; on the magnets' own value ",
			"it would be higher",
		])],
		[[2], concat("", [
			"line 2 (magnet_part, with magnets in it): the clause 1(1) ratio (each line's cn_content_ratio) was ",
			"taken on the declared value of the whole line, not on the value of the magnets in it; on the magnets' own value ",
			"it would be higher",
		])],
	]
}

test_named_smco_alloy_in_a_smco_magnet_is_counted if {
	doc := _doc([
		{"op": "replace", "path": "/items/0/elements", "value": ["Sm"]},
		{"op": "replace", "path": "/items/0/rare_earth_content", "value": [_alloy("Sm", "SmCo", 2500)]},
	])
	reasons := rule.clause_1_1 with input as doc
	[r.figures.ratio | some r in reasons] == ["0.012500000"]
	rule.controls == {{"line": 1, "measure": _id, "clause": "1(1)", "control": {
		"entry_id": "cn2025-61-annex1-p2-smco-magnet",
		"measure": _id,
		"clause": "annex 1",
		"name_en": "samarium-cobalt permanent-magnet material",
		"source_quality": "secondary",
	}}} with input as doc
}

test_alloy_of_a_system_outside_part_1_is_not_counted if {
	doc := _doc([
		{"op": "replace", "path": "/items/0/elements", "value": ["Sm"]},
		{"op": "replace", "path": "/items/0/rare_earth_content", "value": [_alloy("Sm", "SmFeN", 2500)]},
	])
	rule.clause_1_1 == set() with input as doc
}

test_undeclared_content_on_a_part_2_item_is_treated_as_reaching_the_threshold if {
	doc := _doc([{"op": "remove", "path": "/items/0/rare_earth_content"}])
	reason := {
		"code": "RE61_CN_CONTENT_UNDECLARED",
		"measure": _id,
		"clause": "1(1)",
		"outcome": "LICENCE_REQUIRED",
		"line": 1,
		"figures": {"item_value": {"amount": "200000", "currency": "USD"}},
		"interpretation": "I-61-CONTENT-UNDECLARED",
		"message_en": concat(" ", [
			"The item is an Annex 1 Part 2 item made abroad and its rare-earth content is not",
			"declared: China-origin Annex 1 Part 1 content of 0.1% or more cannot be ruled",
			"out, so it is treated as needing a MOFCOM dual-use export licence (unless clause 5",
			"replaces it with a report). Declare",
			"rare_earth_content to have it valued.",
		]),
		"message_zh": "该物项为境外制造的附件1第二部分物项，未申报所含稀土物项，无法排除原产于中国的第一部分物项 价值占比达到0.1%及以上，按须取得商务部两用物项出口许可处理（属第五条人道主义情形的，改为报告）。",
	}
	rule.clause_1_1 == {reason} with input as doc
	rule.line_figures == {} with input as doc
}

test_empty_content_list_counts_as_undeclared if {
	_codes(rule.clause_1_1) == {["RE61_CN_CONTENT_UNDECLARED", "1(1)", "LICENCE_REQUIRED"]} with input as _valued(200000, [])
}

# ---- scope of clause 1 ------------------------------------------------------------------------

test_plain_ndfeb_with_nd_and_pr_only_is_not_controlled if {
	doc := _doc([
		{"op": "replace", "path": "/items/0/elements", "value": ["Nd", "Pr"]},
		{"op": "replace", "path": "/items/0/rare_earth_content", "value": [_content("Nd", "metal", "CN", 9000)]},
	])
	rule.findings == set() with input as doc
	rule._controlled == set() with input as doc
	rule.controls == set() with input as doc
	rule.warnings == set() with input as doc
	rule.obligations == set() with input as doc
	rule.applications == set() with input as doc
}

test_export_from_china_is_outside_no61 if {
	doc := _set("/ship_from", "CN")
	rule.findings == set() with input as doc
	rule.warnings == set() with input as doc
}

test_export_to_china_is_outside_no61 if {
	rule.findings == set() with input as _set("/ship_to", "CN")
}

test_export_to_hong_kong_is_inside_no61 if {
	rule.clause_1_1 == {_base_reason} with input as _set("/ship_to", "HK")
}

test_technology_lines_are_not_annex_1_goods if {
	rule.findings == set() with input as _set("/items/0/kind", "technology")
}

test_china_made_item_of_other_origin_is_neither_1_1_nor_1_3 if {
	rule.findings == set() with input as _set("/items/0/manufactured_in", "CN")
}

test_china_made_item_of_china_origin_is_1_3_only if {
	doc := _doc([
		{"op": "replace", "path": "/items/0/manufactured_in", "value": "CN"},
		{"op": "replace", "path": "/items/0/origin", "value": "CN"},
	])
	reason := {
		"code": "RE61_CN_ORIGIN_ITEM",
		"measure": _id,
		"clause": "1(3)",
		"outcome": "LICENCE_REQUIRED",
		"line": 1,
		"figures": {"entries": "cn2025-61-annex1-p2-dy-ndfeb-magnet", "ship_from": "JP", "ship_to": "US"},
		"message_en": concat(" ", [
			"The item is an Annex 1 item of Chinese origin",
			"(cn2025-61-annex1-p2-dy-ndfeb-magnet) exported from JP to US: its export from",
			"outside China needs a MOFCOM dual-use export licence, unless clause 5 replaces the",
			"licence with a report.",
		]),
		"message_zh": "该物项为原产于中国的附件1物项（cn2025-61-annex1-p2-dy-ndfeb-magnet），自JP出口至US，须取得商务部两用物项出口许可（属第五条人道主义情形的，改为报告）。",
	}
	rule.findings == {reason} with input as doc
	rule.line_figures == {} with input as doc
}

test_china_origin_part_1_metal_is_1_3 if {
	doc := _replace("/items/0", {
		"line": 1,
		"description": "dysprosium metal",
		"kind": "goods",
		"category": "rare_earth_metal",
		"elements": ["Dy"],
		"manufactured_in": "CN",
		"origin": "CN",
		"value": {"amount": 5000, "currency": "USD"},
	})
	reasons := rule.findings with input as doc
	[[r.code, object.get(r.figures, "entries", null)] | some r in reasons] == [["RE61_CN_ORIGIN_ITEM", "cn2025-61-annex1-p1-dy-metal"]]
}

test_item_made_with_china_origin_technology_is_1_2 if {
	doc := _set("/items/0/made_with_cn_technology", ["smelting_separation", "magnet_manufacturing"])
	reason := {
		"code": "RE61_MADE_WITH_CN_TECHNOLOGY",
		"measure": _id,
		"clause": "1(2)",
		"outcome": "LICENCE_REQUIRED",
		"line": 1,
		"figures": {"technologies": "magnet_manufacturing, smelting_separation"},
		"interpretation": "I-61-TECHNOLOGY-ORIGIN",
		"message_en": concat(" ", [
			"The item is an Annex 1 item made abroad with China-origin rare-earth technology",
			"(magnet_manufacturing, smelting_separation): exporting it needs a MOFCOM",
			"dual-use export licence, whatever its value, unless clause 5 replaces the licence",
			"with a report.",
		]),
		"message_zh": "该物项为使用原产于中国的稀土相关技术（magnet_manufacturing, smelting_separation）在境外生产的附件1物项，出口须取得商务部两用物项出口许可（属第五条人道主义情形的，改为报告）。",
	}
	rule.clause_1_2 == {reason} with input as doc
	rule.findings == {reason, _base_reason} with input as doc
}

test_china_technology_catches_an_item_below_the_threshold if {
	doc := _doc([
		{"op": "replace", "path": "/items/0/rare_earth_content/0/value/amount", "value": 1},
		{"op": "add", "path": "/items/0/made_with_cn_technology", "value": ["mining"]},
	])
	_codes(rule.findings) == {["RE61_MADE_WITH_CN_TECHNOLOGY", "1(2)", "LICENCE_REQUIRED"]} with input as doc
	rule._controlled == {1} with input as doc
}

test_china_technology_on_an_item_outside_annex_1_is_not_1_2 if {
	doc := _doc([
		{"op": "replace", "path": "/items/0/elements", "value": ["Nd", "Pr"]},
		{"op": "add", "path": "/items/0/made_with_cn_technology", "value": ["magnet_manufacturing"]},
	])
	rule.findings == set() with input as doc
}

test_china_technology_on_a_china_made_item_is_not_1_2 if {
	doc := _doc([
		{"op": "replace", "path": "/items/0/manufactured_in", "value": "CN"},
		{"op": "add", "path": "/items/0/made_with_cn_technology", "value": ["magnet_manufacturing"]},
	])
	rule.clause_1_2 == set() with input as doc
}

# ---- dates ------------------------------------------------------------------------------------

test_clause_1_1_finding_is_dormant_on_2025_12_01 if {
	doc := _on("2025-12-01")
	_codes(rule.findings) == {["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "1(1)", "LICENCE_REQUIRED"]} with input as doc
	rule._controlled == set() with input as doc
	rule.controls == {{"line": 1, "measure": _id, "clause": "1(1)", "control": _dy_magnet_control}} with input as doc
	rule.obligations == set() with input as doc
	rule.applications == set() with input as doc
}

test_clause_1_1_finding_is_live_on_2026_11_10 if {
	doc := _on("2026-11-10")
	rule._controlled == {1} with input as doc
	rule.applications == {_licence_application("2026-08-31")} with input as doc
	rule.obligations == {_compliance_notice("2026-11-10")} with input as doc
}

test_clause_1_1_without_the_suspension_is_dormant_on_2025_11_30_and_live_on_2025_12_01 if {
	rule._controlled == set() with input as _on("2025-11-30")
		with data.cnexport_reference.measures.measures["MOFCOM-2025-61"].suspensions as []
	rule._controlled == {1} with input as _on("2025-12-01")
		with data.cnexport_reference.measures.measures["MOFCOM-2025-61"].suspensions as []
}

test_clause_1_3_is_dormant_on_2025_10_08_and_live_on_2025_10_09 if {
	doc := _set("/items/0/origin", "CN")
	rule._controlled == set() with input as object.union(doc, {"export_date": "2025-10-08"})
	rule._controlled == {1} with input as object.union(doc, {"export_date": "2025-10-09"})
}

test_clause_1_3_is_live_on_2025_11_06_and_suspended_on_2025_11_07 if {
	doc := _set("/items/0/origin", "CN")
	rule._controlled == {1} with input as object.union(doc, {"export_date": "2025-11-06"})
	rule._controlled == set() with input as object.union(doc, {"export_date": "2025-11-07"})
}

test_clause_1_3_is_suspended_on_2026_11_09_and_live_on_2026_11_10 if {
	doc := _set("/items/0/origin", "CN")
	rule._controlled == set() with input as object.union(doc, {"export_date": "2026-11-09"})
	rule._controlled == {1} with input as object.union(doc, {"export_date": "2026-11-10"})
}

# ---- clause 2: military users and listed parties ----------------------------------------------

test_military_end_user_is_denied_in_principle if {
	doc := _end_user({"role": "end_user", "name": "Northern Arsenal", "country": "US", "military": true})
	rule.clause_2 == {_military_reason(1, "Northern Arsenal", "end_user")} with input as doc
	rule.findings == {_base_reason, _military_reason(1, "Northern Arsenal", "end_user")} with input as doc
}

test_military_intermediate_consignee_and_importer_are_receivers if {
	doc := _set("/parties", [
		{"role": "intermediate_consignee", "name": "Depot A", "country": "DE", "military": true},
		{"role": "importer", "name": "Army Procurement B", "country": "US", "military": true},
	])
	rule.clause_2 == {
		_military_reason(0, "Depot A", "intermediate_consignee"),
		_military_reason(1, "Army Procurement B", "importer"),
	} with input as doc
}

test_military_freight_forwarder_is_not_a_receiver if {
	rule.clause_2 == set() with input as _end_user({"role": "freight_forwarder", "name": "Army Logistics", "country": "US", "military": true})
}

test_military_end_user_of_an_uncontrolled_line_gives_no_reason if {
	doc := _doc([
		{"op": "replace", "path": "/parties/1", "value": {"role": "end_user", "name": "Northern Arsenal", "country": "US", "military": true}},
		{"op": "replace", "path": "/items/0/elements", "value": ["Nd", "Pr"]},
	])
	rule.clause_2 == set() with input as doc
}

test_military_end_user_while_no61_is_suspended_gives_no_reason if {
	doc := _doc([
		{"op": "replace", "path": "/parties/1", "value": {"role": "end_user", "name": "Northern Arsenal", "country": "US", "military": true}},
		{"op": "replace", "path": "/export_date", "value": "2026-03-02"},
	])
	rule.clause_2 == set() with input as doc
}

_owned(share) := _end_user({
	"role": "end_user",
	"name": "Hudson Precision Components LLC",
	"country": "US",
	"owners": [{"name": "L3 Harris Technologies", "share": share, "country": "US"}],
})

test_end_user_held_50_percent_by_a_listed_owner_is_denied_in_principle if {
	rule.clause_2 == {_listed_reason("Hudson Precision Components LLC", {
		"via": "L3 Harris Technologies",
		"share": 0.5,
		"via_text": " through its owner L3 Harris Technologies (share 0.5)",
	})} with input as _owned(0.5)
}

test_end_user_held_49_99_percent_by_a_listed_owner_is_not_denied if {
	rule.clause_2 == set() with input as _owned(0.4999)
}

test_listed_end_user_itself_is_denied_in_principle if {
	doc := _end_user({"role": "end_user", "name": "L3 Harris Technologies", "country": "US"})
	rule.clause_2 == {_listed_reason("L3 Harris Technologies", {"via_text": ""})} with input as doc
}

test_end_user_on_the_unreliable_entity_list_only_is_not_clause_2 if {
	rule.clause_2 == set() with input as _end_user({"role": "end_user", "name": "BAE Systems, Inc.", "country": "US"})
}

test_listed_broker_is_not_a_receiver if {
	rule.clause_2 == set() with input as _end_user({"role": "broker", "name": "L3 Harris Technologies", "country": "US"})
}

# ---- clauses 3 and 4: end uses ----------------------------------------------------------------

test_military_end_use_is_denied_in_principle if {
	rule.clause_3 == {_clause_3_reason("military")} with input as _purposes(["military"])
}

test_only_the_clause_3_purposes_are_named if {
	rule.clause_3 == {_clause_3_reason("wmd")} with input as _purposes(["civil", "wmd"])
	rule.clause_3 == {_clause_3_reason("military_potential, terrorism")} with input as _purposes(["terrorism", "military_potential"])
}

test_civil_end_use_is_neither_clause_3_nor_4 if {
	rule.clause_3 == set() with input as _base
	rule.clause_4 == set() with input as _base
}

test_advanced_chip_end_use_is_case_by_case if {
	rule.clause_4 == {_clause_4_reason("logic_chip_14nm_or_below")} with input as _purposes(["logic_chip_14nm_or_below"])
	doc := _purposes(["memory_chip_256_layers_or_more", "ai_potential_military", "civil"])
	rule.clause_4 == {_clause_4_reason("ai_potential_military, memory_chip_256_layers_or_more")} with input as doc
}

test_end_use_tiers_attach_only_to_controlled_lines if {
	doc := _doc([
		{"op": "replace", "path": "/end_use/purposes", "value": ["military", "logic_chip_14nm_or_below"]},
		{"op": "replace", "path": "/items/0/elements", "value": ["Nd", "Pr"]},
	])
	rule.clause_3 == set() with input as doc
	rule.clause_4 == set() with input as doc
}

# ---- clause 5: humanitarian end use -----------------------------------------------------------

_humanitarian := object.union(_purposes(["humanitarian_medical_emergency"]), {"export_date": "2026-11-12"})

test_humanitarian_end_use_needs_only_a_report_within_10_working_days if {
	reason := _humanitarian_reason("humanitarian_medical_emergency", "2026-11-12", "2026-11-26", true)
	rule.clause_5 == {reason} with input as _humanitarian
	rule.clause_1_1 == {object.union(_base_reason, {"outcome": "REPORT_ONLY"})} with input as _humanitarian
	rule.obligations == {
		_compliance_notice("2026-11-12"),
		{
			"type": "humanitarian_report",
			"due": "2026-11-26",
			"basis": {"measure": _id, "clause": "5"},
			"lines": [1],
			"figures": _report_figures("humanitarian_medical_emergency", "2026-11-12", "2026-11-26", true),
			"message_en": concat(" ", [
				"Report the export of line 1 to MOFCOM by e-mail by 2026-11-26 (10 working days",
				"after 2026-11-12), with the undertaking clause 5 requires.",
			]),
			"message_zh": "第1行出口后，应于2026-11-26前（2026-11-12后10个工作日内）通过电子邮件向商务部报告，并按第五条作出承诺。",
		},
	} with input as _humanitarian
}

test_every_humanitarian_purpose_together_is_exempt if {
	purposes := ["natural_disaster_relief", "public_health_emergency", "humanitarian_medical_emergency"]
	doc := object.union(_humanitarian, {"end_use": {"purposes": purposes}})
	reasons := rule.clause_5 with input as doc
	[r.figures.purposes | some r in reasons] == ["humanitarian_medical_emergency, natural_disaster_relief, public_health_emergency"]
}

test_humanitarian_and_civil_purposes_are_not_exempt if {
	doc := object.union(_humanitarian, {"end_use": {"purposes": ["humanitarian_medical_emergency", "civil"]}})
	rule.clause_5 == set() with input as doc
	_codes(rule.findings) == {["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "1(1)", "LICENCE_REQUIRED"]} with input as doc
}

test_humanitarian_end_use_with_a_military_end_user_is_not_exempt if {
	hospital := {"role": "end_user", "name": "Field Army Hospital", "country": "US", "military": true}
	doc := json.patch(_humanitarian, [{"op": "replace", "path": "/parties/1", "value": hospital}])
	rule.clause_5 == set() with input as doc
	_codes(rule.findings) == {
		["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "1(1)", "LICENCE_REQUIRED"],
		["RE61_MILITARY_USER", "2", "DENY_IN_PRINCIPLE"],
	} with input as doc
	[{o.type | some o in rule.applications}, {o.type | some o in rule.obligations}] == [
		{"licence_application"},
		{"compliance_notice"},
	] with input as doc
}

test_humanitarian_end_use_with_a_listed_owner_is_not_exempt if {
	doc := json.patch(_humanitarian, [{"op": "replace", "path": "/parties/1", "value": {
		"role": "end_user",
		"name": "Relief Partner LLC",
		"country": "US",
		"owners": [{"name": "L3 Harris Technologies", "share": 0.5}],
	}}])
	rule.clause_5 == set() with input as doc
	_codes(rule.findings) == {
		["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "1(1)", "LICENCE_REQUIRED"],
		["RE61_LISTED_PARTY", "2", "DENY_IN_PRINCIPLE"],
	} with input as doc
}

test_humanitarian_and_wmd_purposes_are_not_exempt if {
	doc := object.union(_humanitarian, {"end_use": {"purposes": ["natural_disaster_relief", "wmd"]}})
	rule.clause_5 == set() with input as doc
	_codes(rule.findings) == {
		["RE61_CN_CONTENT_AT_OR_ABOVE_THRESHOLD", "1(1)", "LICENCE_REQUIRED"],
		["RE61_PROHIBITED_END_USE", "3", "DENY_IN_PRINCIPLE"],
	} with input as doc
}

test_humanitarian_export_in_2027_counts_every_day if {
	doc := object.union(_humanitarian, {"export_date": "2027-01-05"})
	rule.clause_5 == {_humanitarian_reason("humanitarian_medical_emergency", "2027-01-05", "2027-01-15", false)} with input as doc
}

test_humanitarian_report_running_into_2027_is_incomplete if {
	doc := object.union(_humanitarian, {"export_date": "2026-12-24"})
	rule.clause_5 == {_humanitarian_reason("humanitarian_medical_emergency", "2026-12-24", "2027-01-05", false)} with input as doc
}

test_humanitarian_end_use_while_suspended_gives_nothing if {
	doc := object.union(_humanitarian, {"export_date": "2026-03-02"})
	rule.clause_5 == set() with input as doc
	rule.obligations == set() with input as doc
	rule.applications == set() with input as doc
}

# ---- clauses 6 and 7: obligations -------------------------------------------------------------

test_unlicensed_controlled_line_needs_an_application_and_a_notice if {
	rule.applications == {_licence_application("2026-09-21")} with input as _base
	rule.obligations == {_compliance_notice("2026-12-01")} with input as _base
}

test_covering_mofcom_licence_removes_the_application if {
	rule.applications == set() with input as _set("/licences", [_licence])
	rule.obligations == {_compliance_notice("2026-12-01")} with input as _set("/licences", [_licence])
}

test_licences_that_do_not_cover_leave_the_application if {
	not_covering := [
		object.union(_licence, {"number": "L-EXPIRED", "valid_until": "2026-11-30"}),
		object.union(_licence, {"number": "L-METI", "issued_by": "METI"}),
		object.union(_licence, {"number": "L-LATER", "valid_from": "2026-12-02"}),
	]
	rule.applications == {_licence_application("2026-09-21")} with input as _set("/licences", not_covering)
	rule.obligations == {_compliance_notice("2026-12-01")} with input as _set("/licences", not_covering)
}

# ---- what the decision collects ---------------------------------------------------------------

test_controls_name_the_annex_1_entry_of_the_controlled_line if {
	rule.controls == {{"line": 1, "measure": _id, "clause": "1(1)", "control": _dy_magnet_control}} with input as _base
}

test_only_the_controlled_line_of_two_is_controlled if {
	doc := _set("/items/-", {
		"line": 2,
		"description": "ferrite magnets",
		"kind": "goods",
		"category": "permanent_magnet",
		"elements": ["Nd"],
		"manufactured_in": "JP",
		"origin": "JP",
		"value": {"amount": 1000, "currency": "USD"},
	})
	rule._controlled == {1} with input as doc
	{c.line | some c in rule.controls} == {1} with input as doc
}

test_magnet_with_sm_and_dy_is_two_part_2_entries if {
	doc := _set("/items/0/elements", ["Sm", "Dy"])
	entries := {c.control.entry_id | some c in rule.controls} with input as doc
	entries == {"cn2025-61-annex1-p2-smco-magnet", "cn2025-61-annex1-p2-dy-ndfeb-magnet"}
}

test_base_warns_that_the_magnet_is_matched_by_interpretation if {
	rule.warnings == {_interpretation_warning} with input as _base
}

# Told once for the entry and the clause, naming its lines in runs: lines 1 and 3 are the magnet,
# line 2 a magnet without dysprosium, which no reading places.
test_a_reading_is_told_once_for_its_lines if {
	magnet := _base.items[0]
	other := object.union(magnet, {"line": 2, "elements": ["Nd", "Pr"]})
	doc := object.union(_base, {"items": [magnet, other, object.union(magnet, {"line": 3})]})
	[w] := [w | some w in rule.warnings; w.code == "CATALOGUE_MATCH_BY_INTERPRETATION"] with input as doc
	[w.lines, w.clause, w.interpretation] == [[1, 3], "1(1)", "I-61-PART2-BY-ELEMENT"]
	startswith(w.message_en, "lines 1, 3: taken to be cn2025-61-annex1-p2-dy-ndfeb-magnet ")
	startswith(w.message_zh, "第1、3行依解释I-61-PART2-BY-ELEMENT被认定为")
}

# ---- which value the ratio is taken on (I-61-ASSEMBLY-VALUE) --------------------------------------

_motor := _doc([
	{"op": "replace", "path": "/items/0/category", "value": "product_with_magnet"},
	{"op": "replace", "path": "/items/0/description", "value": "traction motor with Dy NdFeB magnets"},
])

test_a_product_with_magnets_says_its_ratio_was_taken_on_the_whole_value if {
	warnings := rule.warnings with input as _motor
	[[w.lines, w.interpretation, w.message_en, w.message_zh] | some w in warnings; w.code == "RE61_RATIO_ON_WHOLE_PRODUCT_VALUE"] == [[
		[1], "I-61-ASSEMBLY-VALUE",
		concat("", [
			"line 1 (product_with_magnet, with magnets in it): the clause 1(1) ratio (each line's cn_content_ratio) was taken on ",
			"the declared value of the whole line, not on the value of the magnets in it; on the magnets' own value it would be higher",
		]),
		"第1行（product_with_magnet，含磁体）：第一条第（一）项的比例（见各行cn_content_ratio）系以整行申报价值计算，而非其中磁体的价值；以磁体自身价值计算，比例会更高。",
	]]
	rule.line_figures == {1: {"cn_content_ratio": 0.0015}} with input as _motor
}

test_a_magnet_itself_needs_no_word_on_the_value if {
	not "RE61_RATIO_ON_WHOLE_PRODUCT_VALUE" in {w.code | some w in rule.warnings} with input as _base
}

# ---- the Annex 1 entries of a line's facts ---------------------------------------------------------

test_the_entries_of_facts_are_kept_by_part_and_for_both_parts if {
	by_part := rule._entries_by_part({"category": "permanent_magnet", "elements": ["Nd", "Dy"]})
	{e.id | some e in by_part.annex1_part2} == {"cn2025-61-annex1-p2-dy-ndfeb-magnet"}
	count(by_part.annex1_part1) == 0
	by_part.annex1 == by_part.annex1_part1 | by_part.annex1_part2
}

test_the_entries_of_facts_in_a_part_are_those_of_its_category if {
	facts := {"category": "permanent_magnet", "elements": ["Nd", "Dy"]}
	{e.id | some e in rule._entries_of(facts, "annex1_part2")} == {"cn2025-61-annex1-p2-dy-ndfeb-magnet"}
	count(rule._entries_of(facts, "annex1_part1")) == 0
}
