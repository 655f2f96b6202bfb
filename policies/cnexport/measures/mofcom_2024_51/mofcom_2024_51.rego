# METADATA
# title: MOFCOM/MIIT/GAC/SCA Announcement No. 51 of 2024 - the Dual-Use Items Export Control List
# description: |
#   商务部 工业和信息化部 海关总署 国家密码管理局公告2024年第51号 关于发布《中华人民共和国两用物项出口管制清单》的公告.
#   The List in force from 2024-12-01. It repealed Nos. 23 and 39 of 2023 and No. 33 of 2024 and
#   carried their items over with their scope unchanged: from that day a reason on those items
#   cites the List and names the announcement that introduced the item (I-51-LIST-CITATION). Its
#   items and the reason they are given are data, decided by the one rule of measures/item_lists;
#   this package says what that rule cannot see: natural graphite inside an anode material.
# related_resources:
#   - description: Chinese text (scrape of the MOFCOM portal)
#     ref: https://github.com/weiqi-kids/agent.cross-border-trade/blob/b364da096e587f3cfdce9a45fb792435769c8e78/docs/Extractor/cn_export_control/controlled_item_change/2024-11-21-%E5%95%86%E5%8A%A1%E9%83%A8-%E5%B7%A5%E4%B8%9A%E5%92%8C%E4%BF%A1%E6%81%AF%E5%8C%96%E9%83%A8-%E6%B5%B7%E5%85%B3%E6%80%BB%E7%BD%B2-%E5%9B%BD%E5%AE%B6%E5%AF%86%E7%A0%81%E5%B1%80%E5%85%AC%E5%91%8A2024%E5%B9%B4%E7%AC%AC51%E5%8F%B7-%E5%85%B3%E4%BA%8E%E5%8F%91%E5%B8%83-%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E4%B8%A4%E7%94%A8%E7%89%A9%E9%A1%B9%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E6%B8%85%E5%8D%95-%E7%9A%84%E5%85%AC%E5%91%8A.md
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/earlier-instruments.md#5-changes-suspensions-and-facilitation-2024-2026
# custom:
#   measure: MOFCOM-2024-51
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2024_51

import data.cnexport.classification
import data.cnexport.lib.result
import data.cnexport.lib.shipment
import data.cnexport.lib.timeline

_measure := result.custom(rego.metadata.chain()).measure

_anode_review := timeline.param(_measure, "1", "anode_review")

# METADATA
# title: Graphite anode material that may contain natural flake graphite
# description: the List's natural flake graphite item (No. 39 1(2)) reaches anode material made of it
# custom:
#   code: GRAPHITE_ANODE_NATURAL_CONTENT
#   interpretation: I-39-ANODE-MATERIAL
#   message_en: >-
#     {{.lines_text}}: graphite anode material: if it is or contains natural flake graphite (spherical graphite, a
#     blended anode material), that material is {{.entry_id}}, a Dual-Use List item in force: declare it as a line
#     of category natural_graphite
#   message_zh: "{{.lines_text_zh}}为石墨负极材料：如其为或含有天然鳞片石墨（球化石墨、混合负极材料），该材料属{{.entry_id}}，\
#     为现行有效的两用物项出口管制清单所列物项：请将其作为类别为natural_graphite的单独一行申报。"
warnings contains result.warning(
	rego.metadata.rule(),
	object.union({"entry_id": entry.id}, result.lines_texts(lines)),
	{"lines": lines, "measure": entry.measure},
) if {
	entry := data.cnexport_reference.index.catalogue[_anode_review.natural_graphite_entry]
	classification.listing_in_force(entry, input.export_date)
	lines := sort({line.line | some line in shipment.exported_lines; line.category in _anode_review.categories})
	count(lines) > 0
}
