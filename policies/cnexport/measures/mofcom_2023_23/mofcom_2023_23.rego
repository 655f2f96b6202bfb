# METADATA
# title: MOFCOM/GAC Announcement No. 23 of 2023 - gallium and germanium items
# description: |
#   商务部 海关总署公告2023年第23号 关于对镓、锗相关物项实施出口管制的公告.
#   Clause 1 lists eight gallium and six germanium items. In force from 2023-08-01 until its repeal
#   on 2024-12-01 by the Dual-Use List announcement, which carried the items over
#   (I-51-LIST-CITATION): from that day the List package cites them.
# related_resources:
#   - description: Chinese text (Xinhua reprint)
#     ref: https://overwatchpit.com/Qd5whXlwbJ/cn/chemicals/shang-wu-bu-hai-guan-zong-shu-dui-jia-zhe-xiang-guan-wu-xiang-shi-shi-chu-kou-guan-zhi?utm_sourse=hgt
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/earlier-instruments.md#1-mofcomgac-announcement-no-23-of-2023--gallium-and-germanium-related-items
# custom:
#   measure: MOFCOM-2023-23
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2023_23

import data.cnexport.lib

_measure := lib.custom(rego.metadata.chain()).measure

_date := input.export_date

# METADATA
# title: Gallium and germanium items
# description: 一、未经许可不得出口的镓、锗相关物项
# custom:
#   code: GAGE23_LISTED_ITEM
#   clause: "1"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-51-LIST-CITATION
#   message_en: >-
#     Line {{.line}} is a gallium or germanium item of No. 23 of 2023 ({{.items}}): exporting it from
#     China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为2023年第23号公告所列镓、锗相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_1 contains reason if {
	some n, found in lib.listed_by_line(_measure, "1", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings contains reason if some reason in clause_1

# METADATA
# description: the catalogue entries each line of an export from China is, on the export date
controls := lib.listing_controls(_measure, _date)
