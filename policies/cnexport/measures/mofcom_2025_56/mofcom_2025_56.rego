# METADATA
# title: MOFCOM/GAC Announcement No. 56 of 2025 - rare-earth equipment and raw and auxiliary materials
# description: |
#   商务部 海关总署公告2025年第56号 公布对部分稀土设备和原辅料相关物项实施出口管制的决定.
#   Clause 1 lists rare-earth production and processing equipment (2B902.a-z), clause 2 ores,
#   flotation reagents and extractants (1C914.a-c). Due on 2025-11-08 and suspended by No. 70 from
#   2025-11-07 until 2026-11-10.
# related_resources:
#   - description: Chinese reprint, header and 2B902.a-c
#     ref: https://law.esnai.com/view/227630
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/rare-earths.md#2-mofcom--gac-announcement-no-56-of-2025-rare-earth-equipment-and-rawauxiliary-materials
# custom:
#   measure: MOFCOM-2025-56
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2025_56

import data.cnexport.lib

_measure := lib.custom(rego.metadata.chain()).measure

_date := input.export_date

# METADATA
# title: Rare-earth production and processing equipment (2B902)
# description: 一、稀土生产加工设备（2B902）
# custom:
#   code: RE56_EQUIPMENT_ITEM
#   clause: "1"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a rare-earth production or processing equipment item of No. 56 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第56号公告所列稀土生产加工设备（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_1 contains reason if {
	some n, found in lib.listed_by_line(_measure, "1", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Rare-earth raw and auxiliary materials (1C914)
# description: 二、稀土原辅料（1C914）
# custom:
#   code: RE56_MATERIAL_ITEM
#   clause: "2"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a rare-earth raw or auxiliary material item of No. 56 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第56号公告所列稀土原辅料（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_2 contains reason if {
	some n, found in lib.listed_by_line(_measure, "2", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings := clause_1 | clause_2

# METADATA
# description: the catalogue entries each line of an export from China is, on the export date
controls := lib.listing_controls(_measure, _date)
