# METADATA
# title: Regulations on the Export Control of Dual-Use Items - the licence duty and classification (Art. 14)
# description: |
#   中华人民共和国两用物项出口管制条例 (State Council Order No. 792), in force from 2024-12-01.
#   Art. 14: exporting a dual-use item on the List needs a MOFCOM licence, and the exporter must know
#   the item's performance and main uses and decide whether it is a dual-use item. The first is a
#   reason on every listed line of an export from China; the second is what the classification
#   warnings (classification.rego) help with.
# related_resources:
#   - description: the Regulations (mirror of the NPC text)
#     ref: https://github.com/ammitto/data-cn/blob/main/reference-docs/legal-instruments/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E4%B8%A4%E7%94%A8%E7%89%A9%E9%A1%B9%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E6%9D%A1%E4%BE%8B.md
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/legal-framework.md#2-regulations-on-the-export-control-of-dual-use-items-两用物项出口管制条例
# custom:
#   measure: STATECOUNCIL-2024-792
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.statecouncil_2024_792

import data.cnexport.classification
import data.cnexport.lib.result

_measure := result.custom(rego.metadata.chain()).measure

_date := input.export_date

_by_line := classification.listed_items(_date)

# METADATA
# title: Dual-use item on the List - licence
# description: 第十四条第二款：出口两用物项出口管制清单所列两用物项……出口经营者应当向国务院商务主管部门申请许可
# custom:
#   code: DUR14_LISTED_ITEM_LICENCE
#   clause: "14"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a listed dual-use item ({{.items}}): under Art. 14 of the Dual-Use Regulations
#     its exporter must apply to MOFCOM for a licence (a single or a general licence, Art. 15).
#   message_zh: 第{{.line}}行为清单所列两用物项（{{.items_zh}}）：依两用物项出口管制条例第十四条，出口经营者应当向商务部申请许可。
clause_14 contains reason if {
	some n, found in _by_line
	reason := result.reason(rego.metadata.chain(), {"line": n, "figures": classification.listing_details(n, found).figures})
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings contains reason if some reason in clause_14
