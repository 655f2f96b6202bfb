# The suspensions of the Kuala Lumpur arrangement after their recorded ends: the measures revive
# (the stricter reading) and a decision relying on the revival warns of the extension to 2027-01-10
# that MOFCOM's readout of 2026-09-28 reported - No. 46 clause 2 (No. 72, to 2026-11-27) and the
# listings of UEL 〔2025〕7号 and control-list No. 21 (to an inferred 2026-11-10). No. 70's own
# measures are tested in decision_test.rego.
package cnexport_test

import data.cnexport
import data.cnexport.fixtures

_ext_ga_to_us(date, changes) := object.union(fixtures.export_to_us(date, [fixtures.gallium], {}), changes)

_ext_warnings(d, code) := [w | some w in d.warnings; w.code == code]

test_no_46_clause_2_revived_warns_that_no_72_may_not_be_covered if {
	d := cnexport.decision with input as _ext_ga_to_us("2026-11-27", {})
	d.outcome == "DENY_IN_PRINCIPLE"
	[w] := _ext_warnings(d, "SUSPENSION_EXTENSION_REPORTED")
	[w.measure, w.interpretation] == ["MOFCOM-2024-46", "I-EXTENSION-REPORTED"]
	startswith(w.message_en, "MOFCOM-2024-46 clause 2 applies again from 2026-11-27, when its suspension by MOFCOM-2025-72 ends")
	endswith(w.message_en, "before relying on this decision. The readout does not say whether MOFCOM-2025-72 is covered.")

	suspended := cnexport.decision with input as _ext_ga_to_us("2026-11-26", {})
	_ext_warnings(suspended, "SUSPENSION_EXTENSION_REPORTED") == []
	after := cnexport.decision with input as _ext_ga_to_us("2027-01-10", {})
	after.outcome == "DENY_IN_PRINCIPLE"
	_ext_warnings(after, "SUSPENSION_EXTENSION_REPORTED") == []
}

test_no_46_clause_1_was_never_suspended_and_warns_nothing if {
	army := {"role": "end_user", "name": "US Army Research Laboratory", "country": "US", "military": true}
	samarium := fixtures.export_to_us("2026-12-01", [fixtures.item(1, {})], {"parties": [army]})
	d := cnexport.decision with input as samarium
	fixtures.reason_of(d, "US46_MILITARY_USER").clause == "1"
	_ext_warnings(d, "SUSPENSION_EXTENSION_REPORTED") == []
}

_ext_skydio(date, changes) := object.union_n([
	fixtures.export_to_us(date, [fixtures.item(1, {"category": "other", "elements": ["Fe"]})], {}),
	{"parties": [{"role": "consignee", "name": "Skydio Inc", "country": "US"}]},
	changes,
])

test_uel_7_listing_revived_warns_of_the_reported_extension if {
	d := cnexport.decision with input as _ext_skydio("2026-11-10", {})
	d.outcome == "PROHIBITED"
	[w] := _ext_warnings(d, "LISTING_EXTENSION_REPORTED")
	[w.measure, w.interpretation] == ["UEL-2025-04-04", "I-EXTENSION-REPORTED"]
	contains(w.message_en, "on the unreliable entity list by UEL-2025-04-04: its measures apply again from 2026-11-10")
	contains(w.message_en, "extend the Kuala Lumpur joint arrangement to 2027-01-10")
	not contains(w.message_en, "does not say whether")
}

test_uel_7_listing_warning_ends_the_day_before_the_reported_date if {
	last := cnexport.decision with input as _ext_skydio("2027-01-09", {})
	count(_ext_warnings(last, "LISTING_EXTENSION_REPORTED")) == 1
	after := cnexport.decision with input as _ext_skydio("2027-01-10", {})
	after.outcome == "PROHIBITED"
	_ext_warnings(after, "LISTING_EXTENSION_REPORTED") == []
}

test_uel_7_listing_suspended_warns_nothing_of_the_extension if {
	suspended := cnexport.decision with input as _ext_skydio("2026-11-09", {})
	suspended.outcome == "NOT_CONTROLLED"
	_ext_warnings(suspended, "LISTING_EXTENSION_REPORTED") == []
}

test_a_revived_listing_that_decides_nothing_warns_nothing if {
	abroad := _ext_skydio("2026-11-10", {"ship_from": "JP", "exporter": {"name": "Osaka Metals KK", "country": "JP"}})
	d := cnexport.decision with input as abroad
	_ext_warnings(d, "LISTING_EXTENSION_REPORTED") == []
}

test_control_list_21_revived_warns_of_the_reported_extension if {
	listed := {"parties": [{"role": "consignee", "name": "Source Intelligence, Inc.", "country": "US"}]}
	d := cnexport.decision with input as _ext_ga_to_us("2026-12-01", listed)
	d.outcome == "PROHIBITED"
	fixtures.reason_of(d, "CONTROL_LIST_DUAL_USE_BAN").measure == "MOFCOM-2025-21"
	[w] := _ext_warnings(d, "LISTING_EXTENSION_REPORTED")
	w.measure == "MOFCOM-2025-21"
}

# An exact control-list match bans dual-use items only (I-CONTROL-LIST-DUAL-USE): on 2025-10-15 Skydio's
# control-list measures (No. 13) apply and its UEL ban (〔2025〕7号) is suspended.
test_a_control_list_match_prohibits_a_dual_use_line_and_holds_one_the_catalogue_cannot_place if {
	other := cnexport.decision with input as _ext_skydio("2025-10-15", {"ship_to": "US"})
	[other.outcome, other.clearance] == ["NOT_CONTROLLED", "HOLD"]
	[h] := [w | some w in other.warnings; w.code == "CONTROL_LIST_ITEM_NOT_IDENTIFIED"]
	[h.lines, h.measure] == [[1], "MOFCOM-2025-13"]
	dysprosium := _ext_skydio("2025-10-15", {"items": [fixtures.item(1, {"elements": ["Dy"]})]})
	d := cnexport.decision with input as dysprosium
	[d.outcome, d.clearance] == ["PROHIBITED", "STOP"]
	fixtures.reason_of(d, "CONTROL_LIST_DUAL_USE_BAN").measure == "MOFCOM-2025-13"
	stopped := cnexport.decision with input as _ext_skydio("2025-11-10", {})
	[stopped.outcome, stopped.clearance] == ["NOT_CONTROLLED", "GO"]
}

# A measure's warning that cites a clause in force is given without the clause; one that cites none
# is given as it is.
test_a_measure_warning_is_given_without_its_clause_and_one_citing_none_as_it_is if {
	cited := {"code": "CITED", "measure": "NPCSC-2020-58", "clause": "12", "message_en": "a", "message_zh": "a"}
	plain := {"code": "PLAIN", "message_en": "b", "message_zh": "b"}
	ws := cnexport.warnings with cnexport.measures as {"m": {"warnings": [cited, plain]}}
		with input as fixtures.export_to_us("2026-01-15", [fixtures.gallium], {})
	object.remove(cited, ["clause"]) in ws
	plain in ws
	not cited in ws
}
