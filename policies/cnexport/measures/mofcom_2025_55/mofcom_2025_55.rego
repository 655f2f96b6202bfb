# METADATA
# title: MOFCOM/GAC Announcement No. 55 of 2025 - superhard materials
# description: |
#   商务部 海关总署公告2025年第55号 公布对超硬材料相关物项实施出口管制的决定.
#   Six items, each a clause: diamond micro-powder, single crystals, wire saws, grinding wheels,
#   DCPCVD equipment and DCPCVD technology. Due on 2025-11-08 and suspended by No. 70 from
#   2025-11-07 until 2026-11-10.
# related_resources:
#   - description: English translation
#     ref: http://m.sscollege.cn/en/news/44880.html
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/batteries-superhard.md#1-mofcomgac-announcement-no-55-of-2025--superhard-materials
# custom:
#   measure: MOFCOM-2025-55
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2025_55

import data.cnexport.lib

_measure := lib.custom(rego.metadata.chain()).measure

_date := input.export_date

# METADATA
# title: Synthetic diamond micro-powder of 50 um or less (2C902.a)
# description: 一、平均粒径小于等于50μm的人造金刚石微粉
# custom:
#   code: SH55_DIAMOND_MICROPOWDER
#   clause: "1"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a synthetic diamond micro-powder of No. 55 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第55号公告所列人造金刚石微粉（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_1 contains reason if {
	some n, found in lib.listed_by_line(_measure, "1", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Synthetic diamond single crystals above 50 um up to 500 um (2C902.b)
# description: 二、平均粒径大于50μm且小于等于500μm的人造金刚石单晶
# custom:
#   code: SH55_DIAMOND_SINGLE_CRYSTAL
#   clause: "2"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a synthetic diamond single crystal of No. 55 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第55号公告所列人造金刚石单晶（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_2 contains reason if {
	some n, found in lib.listed_by_line(_measure, "2", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Synthetic diamond wire saws (2C902.c)
# description: 三、人造金刚石线锯
# custom:
#   code: SH55_DIAMOND_WIRE_SAW
#   clause: "3"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-55-TRANSLATED-THRESHOLDS
#   message_en: >-
#     Line {{.line}} is a synthetic diamond wire saw of No. 55 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第55号公告所列人造金刚石线锯（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_3 contains reason if {
	some n, found in lib.listed_by_line(_measure, "3", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Synthetic diamond grinding wheels (2C902.d)
# description: 四、人造金刚石砂轮
# custom:
#   code: SH55_DIAMOND_GRINDING_WHEEL
#   clause: "4"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-55-TRANSLATED-THRESHOLDS
#   message_en: >-
#     Line {{.line}} is a synthetic diamond grinding wheel of No. 55 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第55号公告所列人造金刚石砂轮（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_4 contains reason if {
	some n, found in lib.listed_by_line(_measure, "4", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: DCPCVD equipment (2B005.b)
# description: 五、直流电弧等离子体喷射化学气相沉积设备
# custom:
#   code: SH55_DCPCVD_EQUIPMENT
#   clause: "5"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a DCPCVD equipment of No. 55 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第55号公告所列直流电弧等离子体喷射化学气相沉积设备（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_5 contains reason if {
	some n, found in lib.listed_by_line(_measure, "5", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: DCPCVD process technology (2E902)
# description: 六、直流电弧等离子体喷射化学气相沉积工艺技术
# custom:
#   code: SH55_DCPCVD_TECHNOLOGY
#   clause: "6"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a DCPCVD process technology of No. 55 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第55号公告所列直流电弧等离子体喷射化学气相沉积工艺技术（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_6 contains reason if {
	some n, found in lib.listed_by_line(_measure, "6", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings := ((((clause_1 | clause_2) | clause_3) | clause_4) | clause_5) | clause_6

# METADATA
# description: the catalogue entries each line of an export from China is, on the export date
controls := lib.listing_controls(_measure, _date)
