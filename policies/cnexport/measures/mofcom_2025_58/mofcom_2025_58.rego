# METADATA
# title: MOFCOM/GAC Announcement No. 58 of 2025 - lithium batteries and artificial graphite anode materials
# description: |
#   商务部 海关总署公告2025年第58号 公布对锂电池和人造石墨负极材料相关物项实施出口管制的决定.
#   Clause 1 lists lithium-battery items, clause 2 cathode-material items, clause 3 graphite-anode
#   items. Due on 2025-11-08 and suspended by No. 70 from 2025-11-07 until 2026-11-10.
# related_resources:
#   - description: MOFCOM licence bureau repost, sections 1-2
#     ref: https://xkzj.mofcom.gov.cn/tzgg/art/2025/art_1bc20676fe4f4c1ea0f25c274ede7cac.html
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/batteries-superhard.md#2-mofcomgac-announcement-no-58-of-2025--lithium-batteries-and-artificial-graphite-anode-materials
# custom:
#   measure: MOFCOM-2025-58
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2025_58

import data.cnexport.lib

_measure := lib.custom(rego.metadata.chain()).measure

_date := input.export_date

# METADATA
# title: Lithium-battery items (3A001, 3B901.a, 3E901.a)
# description: 一、锂电池相关物项
# custom:
#   code: LB58_BATTERY_ITEM
#   clause: "1"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a lithium-battery item of No. 58 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第58号公告所列锂电池相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_1 contains reason if {
	some n, found in lib.listed_by_line(_measure, "1", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Cathode-material items (3C901.a, 3B901.b)
# description: 二、正极材料相关物项
# custom:
#   code: LB58_CATHODE_ITEM
#   clause: "2"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a cathode-material item of No. 58 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第58号公告所列正极材料相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_2 contains reason if {
	some n, found in lib.listed_by_line(_measure, "2", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Artificial-graphite anode items (3C901.b, 3B901.c, 3E901.b)
# description: 三、人造石墨负极材料相关物项
# custom:
#   code: LB58_GRAPHITE_ANODE_ITEM
#   clause: "3"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a graphite-anode item of No. 58 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第58号公告所列石墨负极材料相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_3 contains reason if {
	some n, found in lib.listed_by_line(_measure, "3", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings := (clause_1 | clause_2) | clause_3

# METADATA
# description: the catalogue entries each line of an export from China is, on the export date
controls := lib.listing_controls(_measure, _date)
