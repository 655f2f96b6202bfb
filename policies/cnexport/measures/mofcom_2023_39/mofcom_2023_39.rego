# METADATA
# title: MOFCOM/GAC Announcement No. 39 of 2023 - graphite items
# description: |
#   商务部 海关总署公告2023年第39号 关于优化调整石墨物项临时出口管制措施的公告.
#   Clause 1 lists high-purity, high-strength, high-density artificial graphite and natural flake
#   graphite and its products. In force from 2023-12-01 until its repeal on 2024-12-01 by the
#   Dual-Use List announcement, which carried the items over (I-51-LIST-CITATION).
# related_resources:
#   - description: Chinese text (scrape of the MOFCOM portal)
#     ref: https://github.com/weiqi-kids/agent.cross-border-trade/blob/b364da096e587f3cfdce9a45fb792435769c8e78/docs/Extractor/cn_export_control/regulation_update/2023-10-20-%E4%B8%AD%E5%9B%BD%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E4%BF%A1%E6%81%AF%E7%BD%91.md
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/earlier-instruments.md#2-mofcomgac-announcement-no-39-of-2023--graphite-items
# custom:
#   measure: MOFCOM-2023-39
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2023_39

import data.cnexport.lib

_measure := lib.custom(rego.metadata.chain()).measure

_date := input.export_date

# METADATA
# title: Graphite items
# description: 一、实施出口管制的石墨物项
# custom:
#   code: GR39_LISTED_ITEM
#   clause: "1"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-51-LIST-CITATION
#   message_en: >-
#     Line {{.line}} is a graphite item of No. 39 of 2023 ({{.items}}): exporting it from China needs a
#     MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为2023年第39号公告所列石墨物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
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
