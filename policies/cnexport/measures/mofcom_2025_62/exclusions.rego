# Clause 6 of No. 62: technology outside the announcement. Each exclusion is a rule of its own that
# a document claims in the line's exclusion_claims; the claim is the exporter's, the engine cannot
# check it, and it lifts only No. 62 (I-62-EXCLUSION-CLAIMS).
package cnexport.measures.mofcom_2025_62

import data.cnexport.lib.result

# A claim matters only where No. 62 would otherwise catch the line.
default _would_catch(_) := false

_would_catch(line) if _listed(line)

_would_catch(_) if count(_known_catch_all) > 0

# The technology lines with a claim that matters, found in one pass over the lines for every claim.
_claiming := {line |
	_export
	some line in _technology_items

	# _excluded, read off the line: a technology line is excluded when it claims an exclusion.
	count(line.exclusion_claims) > 0
	_would_catch(line)
}

_claimed(claim) := {line |
	some line in _claiming
	claim in _claims(line)
}

_exclusion_figures(line) := {
	"claims": concat(", ", sort(_claims(line))),
	"activities": concat(", ", sort(_activities(line))),
	"export_basis": _export_basis,
	"export_basis_zh": _export_basis_zh,
}

# METADATA
# title: Technology in the public domain
# description: 6. (digest paraphrase; Chinese not quoted) technology already in the public domain is outside the announcement
# custom:
#   code: RE62_EXCLUDED_PUBLIC_DOMAIN
#   clause: "6"
#   outcome: NOT_CONTROLLED
#   interpretation: I-62-EXCLUSION-CLAIMS
#   message_en: >-
#     The exporter claims this technology is already in the public domain: clause 6 puts it outside the
#     announcement, so No. 62 does not control the line. The claim is the exporter's own and must be documented
#     (where and when the technology was made public); publishing non-public controlled technology without a
#     licence is punishable under Export Control Law Art. 34. Other measures still apply.
#   message_zh: >-
#     出口经营者声明该技术已进入公有领域：依第六条不适用本公告，本公告不管制该行。该声明由出口经营者作出，
#     须留存证明（公开的时间和途径）；未经许可公开未公开的管制技术，依出口管制法第三十四条处罚。其他措施仍适用。
clause_6 contains reason if {
	some line in _claimed("public_domain")
	reason := result.reason(rego.metadata.chain(), {"line": line.line, "figures": _exclusion_figures(line)})
}

# METADATA
# title: Technology in basic scientific research
# description: 6. (digest paraphrase; Chinese not quoted) technology in basic scientific research is outside the announcement
# custom:
#   code: RE62_EXCLUDED_BASIC_RESEARCH
#   clause: "6"
#   outcome: NOT_CONTROLLED
#   interpretation: I-62-EXCLUSION-CLAIMS
#   message_en: >-
#     The exporter claims this is technology of basic scientific research: clause 6 puts it outside the
#     announcement, so No. 62 does not control the line. The claim is the exporter's own and must be documented
#     (the research and why it is basic rather than applied to production). Other measures still apply.
#   message_zh: >-
#     出口经营者声明该技术属于基础科学研究：依第六条不适用本公告，本公告不管制该行。该声明由出口经营者作出，
#     须留存证明（研究内容及其属于基础研究而非生产应用的理由）。其他措施仍适用。
clause_6 contains reason if {
	some line in _claimed("basic_scientific_research")
	reason := result.reason(rego.metadata.chain(), {"line": line.line, "figures": _exclusion_figures(line)})
}

# METADATA
# title: Technology needed for an ordinary patent application
# description: 6. (digest paraphrase; Chinese not quoted) technology needed for an ordinary patent application is outside the announcement
# custom:
#   code: RE62_EXCLUDED_PATENT_APPLICATION
#   clause: "6"
#   outcome: NOT_CONTROLLED
#   interpretation: I-62-EXCLUSION-CLAIMS
#   message_en: >-
#     The exporter claims this technology is what an ordinary patent application needs: clause 6 puts it outside
#     the announcement, so No. 62 does not control the line. The claim is the exporter's own and must be
#     documented (the application and the material it requires); anything beyond that material is not excluded.
#     Other measures still apply.
#   message_zh: >-
#     出口经营者声明该技术为一般专利申请所必需：依第六条不适用本公告，本公告不管制该行。该声明由出口经营者作出，
#     须留存证明（专利申请及其所需材料）；超出所需范围的部分不在排除之列。其他措施仍适用。
clause_6 contains reason if {
	some line in _claimed("patent_application")
	reason := result.reason(rego.metadata.chain(), {"line": line.line, "figures": _exclusion_figures(line)})
}
