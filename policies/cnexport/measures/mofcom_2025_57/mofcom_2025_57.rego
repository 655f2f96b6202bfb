# METADATA
# title: MOFCOM/GAC Announcement No. 57 of 2025 - holmium, erbium, thulium, europium, ytterbium
# description: |
#   商务部 海关总署公告2025年第57号 公布对部分中重稀土相关物项实施出口管制的决定.
#   Five element sections, each a clause: metal, alloys, targets, magnet, crystal, optical-fibre,
#   luminescent and other functional materials, oxide, compounds. Due on 2025-11-08 and suspended
#   by No. 70 from 2025-11-07 until 2026-11-10 (data/measures/mofcom-2025-57.yaml).
# related_resources:
#   - description: Chinese reprint, items 1-4
#     ref: https://gubaposthk.eastmoney.com/news,cjpl,1608530642.html
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/rare-earths.md#3-mofcom--gac-announcement-no-57-of-2025-holmium-erbium-thulium-europium-ytterbium
# custom:
#   measure: MOFCOM-2025-57
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2025_57

import data.cnexport.lib

_measure := lib.custom(rego.metadata.chain()).measure

_date := input.export_date

# METADATA
# title: Holmium-related items (1C909)
# description: 一、钬相关物项（1C909）
# custom:
#   code: RE57_HOLMIUM_ITEM
#   clause: "1"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a holmium-related item of No. 57 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第57号公告所列钬相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_1 contains reason if {
	some n, found in lib.listed_by_line(_measure, "1", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Erbium-related items (1C910)
# description: 二、铒相关物项（1C910）
# custom:
#   code: RE57_ERBIUM_ITEM
#   clause: "2"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a erbium-related item of No. 57 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第57号公告所列铒相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_2 contains reason if {
	some n, found in lib.listed_by_line(_measure, "2", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Thulium-related items (1C911)
# description: 三、铥相关物项（1C911）
# custom:
#   code: RE57_THULIUM_ITEM
#   clause: "3"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a thulium-related item of No. 57 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第57号公告所列铥相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_3 contains reason if {
	some n, found in lib.listed_by_line(_measure, "3", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Europium-related items (1C912)
# description: 四、铕相关物项（1C912）
# custom:
#   code: RE57_EUROPIUM_ITEM
#   clause: "4"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a europium-related item of No. 57 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第57号公告所列铕相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_4 contains reason if {
	some n, found in lib.listed_by_line(_measure, "4", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Ytterbium-related items (1C913, from machine-written summaries)
# description: 五、镱相关物项（1C913，仅见于机器摘要）
# custom:
#   code: RE57_YTTERBIUM_ITEM
#   clause: "5"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-57-YTTERBIUM
#   message_en: >-
#     Line {{.line}} is a ytterbium-related item of No. 57 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第57号公告所列镱相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_5 contains reason if {
	some n, found in lib.listed_by_line(_measure, "5", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings := (((clause_1 | clause_2) | clause_3) | clause_4) | clause_5

# METADATA
# description: the catalogue entries each line of an export from China is, on the export date
controls := lib.listing_controls(_measure, _date)
