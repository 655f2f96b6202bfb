# METADATA
# title: MOFCOM/GAC Announcement No. 33 of 2024 - antimony and superhard-material items
# description: |
#   商务部 海关总署公告2024年第33号 关于对锑等物项实施出口管制的公告.
#   Clause 1 lists seven antimony items and six superhard-material items. In force from 2024-09-15
#   until its repeal on 2024-12-01 by the Dual-Use List announcement, which carried the items over
#   (I-51-LIST-CITATION).
# related_resources:
#   - description: Chinese text (scrape of the MOFCOM portal)
#     ref: https://github.com/weiqi-kids/agent.cross-border-trade/blob/b364da096e587f3cfdce9a45fb792435769c8e78/docs/Extractor/cn_export_control/regulation_update/2024-08-26-%E5%95%86%E5%8A%A1%E9%83%A8-%E6%B5%B7%E5%85%B3%E6%80%BB%E7%BD%B2%E5%85%AC%E5%91%8A2024%E5%B9%B4%E7%AC%AC33%E5%8F%B7-%E5%85%B3%E4%BA%8E%E5%AF%B9%E9%94%91%E7%AD%89%E7%89%A9%E9%A1%B9%E5%AE%9E%E6%96%BD%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E7%9A%84%E5%85%AC%E5%91%8A.md
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/earlier-instruments.md#3-mofcomgac-announcement-no-33-of-2024--antimony-and-superhard-material-items
# custom:
#   measure: MOFCOM-2024-33
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2024_33

import data.cnexport.lib

_measure := lib.custom(rego.metadata.chain()).measure

_date := input.export_date

# METADATA
# title: Antimony and superhard-material items
# description: 一、实施出口管制的锑、超硬材料相关物项
# custom:
#   code: SBSH33_LISTED_ITEM
#   clause: "1"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-51-LIST-CITATION
#   message_en: >-
#     Line {{.line}} is an antimony or superhard-material item of No. 33 of 2024 ({{.items}}): exporting it
#     from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为2024年第33号公告所列锑、超硬材料相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
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
