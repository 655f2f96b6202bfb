# METADATA
# title: MOFCOM/GAC Announcement No. 18 of 2025 - medium and heavy rare earths
# description: |
#   商务部 海关总署公告2025年第18号 公布对部分中重稀土相关物项实施出口管制的决定.
#   Seven element sections, each a clause: the metal, its alloys and related products (targets,
#   and for Sm, Tb and Dy permanent-magnet material), the oxide and the compounds. In force since
#   2025-04-04 and never suspended. The items are data (data/catalogue/mofcom-2025-18.yaml); the
#   FAQ that puts deeply processed products outside No. 18 is an exclusion of its magnet entries.
# related_resources:
#   - description: bilingual copy of the MOFCOM page
#     ref: https://websnapshot.pages.dev/html/readit.site_a_dOFbv_art_9c2108ccaf754f22a34abab2fedaa944.html
#   - description: digest
#     ref: https://cnexport.invalid/shared/regulations/rare-earths.md#1-mofcom--gac-announcement-no-18-of-2025-medium-and-heavy-rare-earths
# custom:
#   measure: MOFCOM-2025-18
# schemas:
#   - input: schema["shipment.schema"]
package cnexport.measures.mofcom_2025_18

import data.cnexport.lib

_measure := lib.custom(rego.metadata.chain()).measure

_date := input.export_date

# METADATA
# title: Samarium-related items (1C902)
# description: 一、钐相关物项（1C902）
# custom:
#   code: RE18_SAMARIUM_ITEM
#   clause: "1"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a samarium-related item of No. 18 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第18号公告所列钐相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_1 contains reason if {
	some n, found in lib.listed_by_line(_measure, "1", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Gadolinium-related items (1C903)
# description: 二、钆相关物项（1C903）
# custom:
#   code: RE18_GADOLINIUM_ITEM
#   clause: "2"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a gadolinium-related item of No. 18 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第18号公告所列钆相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_2 contains reason if {
	some n, found in lib.listed_by_line(_measure, "2", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Terbium-related items (1C904)
# description: 三、铽相关物项（1C904）
# custom:
#   code: RE18_TERBIUM_ITEM
#   clause: "3"
#   outcome: LICENCE_REQUIRED
#   message_en: >-
#     Line {{.line}} is a terbium-related item of No. 18 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第18号公告所列铽相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_3 contains reason if {
	some n, found in lib.listed_by_line(_measure, "3", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Dysprosium-related items (1C905, code inferred)
# description: 四、镝相关物项（原文未读到）
# custom:
#   code: RE18_DYSPROSIUM_ITEM
#   clause: "4"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-18-SECOND-HALF
#   message_en: >-
#     Line {{.line}} is a dysprosium-related item of No. 18 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第18号公告所列镝相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_4 contains reason if {
	some n, found in lib.listed_by_line(_measure, "4", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Lutetium-related items (1C906, code inferred)
# description: 五、镥相关物项（原文未读到）
# custom:
#   code: RE18_LUTETIUM_ITEM
#   clause: "5"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-18-SECOND-HALF
#   message_en: >-
#     Line {{.line}} is a lutetium-related item of No. 18 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第18号公告所列镥相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_5 contains reason if {
	some n, found in lib.listed_by_line(_measure, "5", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Scandium-related items (1C907, code inferred)
# description: 六、钪相关物项（原文未读到）
# custom:
#   code: RE18_SCANDIUM_ITEM
#   clause: "6"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-18-SECOND-HALF
#   message_en: >-
#     Line {{.line}} is a scandium-related item of No. 18 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第18号公告所列钪相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_6 contains reason if {
	some n, found in lib.listed_by_line(_measure, "6", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# title: Yttrium-related items (1C908, code inferred)
# description: 七、钇相关物项（原文未读到）
# custom:
#   code: RE18_YTTRIUM_ITEM
#   clause: "7"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-18-SECOND-HALF
#   message_en: >-
#     Line {{.line}} is a yttrium-related item of No. 18 ({{.items}}):
#     exporting it from China needs a MOFCOM dual-use export licence.
#   message_zh: >-
#     第{{.line}}行为第18号公告所列钇相关物项（{{.items_zh}}），自中国出口须取得商务部两用物项出口许可。
clause_7 contains reason if {
	some n, found in lib.listed_by_line(_measure, "7", _date)
	reason := lib.reason(rego.metadata.chain(), lib.listing_details(n, found))
}

# METADATA
# description: every reason of this measure, in force or not; the decision keeps those in force
findings := (((((clause_1 | clause_2) | clause_3) | clause_4) | clause_5) | clause_6) | clause_7

# METADATA
# description: the catalogue entries each line of an export from China is, on the export date
controls := lib.listing_controls(_measure, _date)
