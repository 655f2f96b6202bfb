# Art. 17 of the Dual-Use Regulations: the one licence application a line that needs a dual-use
# export licence gets, by the latest day to apply (I-LATEST-DAY-TO-APPLY), whatever measure asks
# for the licence. A measure that words its own application (its `applications`: No. 61 clause 6,
# No. 62 clause 3, the watch list's single licence) stands for this one on its lines, while the
# clause it rests on is in force: a line gets one application.
package cnexport.measures.statecouncil_2024_792

import data.cnexport.lib.dates
import data.cnexport.lib.licences
import data.cnexport.lib.result
import data.cnexport.lib.timeline

_other_licences := timeline.role_param("licence_decision_period", "other_licences")

# The reasons in force on each line that ask for a dual-use export licence, as [code, measure, clause].
# No licence can cover a line a reason in force prohibits: that line needs none, and gets no application.
_licence_asked_by := {n: asked_by |
	some n in ({f.line | some f in _licence_asking} - licences.prohibited_lines)
	asked_by := {[f.code, f.measure, f.clause] | some f in _licence_asking; f.line == n}
}

_licence_asking := [f |
	some f in data.cnexport.measures[_].findings
	f.outcome in result.licence_lifted_outcomes
	_asks_this_licence(f.measure, f.clause)
]

# Whether a clause asks for the licence of Art. 17 on the export date: in force, and of a measure
# whose licence is not another one. Many findings cite a few clauses: each is asked once.
default _asks_this_licence(_, _) := false

_asks_this_licence(measure_id, clause_id) if {
	not measure_id in _other_licences
	timeline.in_force(measure_id, clause_id, _date)
}

# METADATA
# title: Licence application, by the latest day to apply, for a line that needs a dual-use export licence
# description: 第十七条：国务院商务主管部门应当自受理申请之日起45个工作日内作出准予或者不予许可的决定
# custom:
#   type: licence_application
#   clause: "17"
#   message_en: >-
#     Before exporting {{.lines_text}}, apply to MOFCOM for a dual-use export licence ({{.asked_by}}) with the
#     documents of Art. 16 of the Dual-Use Regulations. Apply by {{.latest_day_to_apply}} at the latest: MOFCOM
#     decides within {{.decision_working_days}} working days of accepting an application (Dual-Use Regulations
#     Art. 17), not counting identification, expert consultation or checks.
#   message_zh: "出口{{.lines_text_zh}}前，应按两用物项出口管制条例第十六条提交申请材料，向商务部申请两用物项出口许可（{{.asked_by}}）。\
#     最迟应于{{.latest_day_to_apply}}申请：商务部自受理之日起{{.decision_working_days}}个工作日内作出决定（条例第十七条），\
#     物项鉴别、专家咨询和核查时间不计入。"
obligations contains obligation if {
	some cited, lines in _applying_by_cited_text
	figures := object.union({"asked_by": cited}, _deadline)
	obligation := result.obligation(rego.metadata.chain(), _deadline.latest_day_to_apply, lines, figures)
}

# The lines that get this application, by the reasons that ask for it as the message cites them: one
# application for the lines the same reasons ask it for. A line a licence on file covers, or for which
# a measure's own application stands, gets none.
_applying_by_cited_text := {cited: lines |
	some cited in {text | some text in _applying}
	lines := sort({n | some n, text in _applying; text == cited})
}

_applying := {n: _cited_text(asked_by) |
	some n, asked_by in _licence_asked_by
	not n in _covered_lines
	not n in _lines_with_a_measures_own_application
}

_deadline := dates.application_deadline(_date)

# The lines a measure's own application in force is for; an application for another licence than a
# dual-use one (a technology export licence) stands for none.
_lines_with_a_measures_own_application := {n |
	some o in data.cnexport.measures[_].applications
	not o.basis.measure in _other_licences
	timeline.in_force(o.basis.measure, o.basis.clause, _date)
	some n in o.lines
}

# The lines a licence on file covers, found once among the lines the licences name rather than
# asked of every line.
_covered_lines := {n | some n in licences.named_lines; count(licences.covering(n, _date)) > 0}

# The reasons as the message cites them: lines asked a licence by the same reasons share the text.
_cited_text(asked_by) := concat("; ", sort({sprintf("%s, %s clause %s", cited) | some cited in asked_by}))
