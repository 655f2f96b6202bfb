# Art. 20 of the Export Control Law: no one may provide agency, freight, delivery, customs-declaration,
# e-commerce platform, financial or other services to an exporter's export-control violation,
# whatever the item and whichever measure it breaches. The answer for each service provider
# depends on every line of the decision, which a measure cannot see; so this package gives the
# decision one clause per answer (GO, HOLD, STOP): the METADATA that words it and the roles it
# speaks to, over every line (I-LAW20-SERVICES). The decision builds the reason with result.reason.
package cnexport.measures.npcsc_2020_58

import data.cnexport.lib.result

_service_clause(answer, chain) := result.service_clause(answer, _param("20", "service_roles"), false, chain)

# METADATA
# title: A service provider may serve the export
# description: 第二十条 (paraphrase) no one may serve an exporter's export-control violation; this export is none
# custom:
#   code: LAW20_SERVICE_MAY_PROVIDE
#   clause: "20"
#   outcome: NOT_CONTROLLED
#   interpretation: I-LAW20-SERVICES
#   message_en: >-
#     {{.name}} ({{.role}}) may provide its service for this export: {{if .controlled_lines}}every line that needs a
#     licence ({{.controlled_lines}}) is covered by a MOFCOM licence on file ({{.licences}}){{else}}no line of it
#     needs a licence on {{.export_date}}{{end}}. Art. 20 of the Export Control Law bars services only to an
#     export-control violation.
#   message_zh: >-
#     {{.name}}（{{.role}}）可以为本次出口提供服务：{{if .controlled_lines}}须许可的各行（{{.controlled_lines}}）均有有效的商务部许可（{{.licences}}）{{else}}本次出口在{{.export_date}}无须许可{{end}}。出口管制法第二十条仅禁止为出口管制违法行为提供服务。
service_clauses contains _service_clause("GO", rego.metadata.chain())

# METADATA
# title: A service provider may not serve the export until a licence covers it
# description: 第二十条 (paraphrase) no agency, freight, delivery, customs, e-commerce platform or financial service to a violation
# custom:
#   code: LAW20_SERVICE_HOLD
#   clause: "20"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-LAW20-SERVICES
#   message_en: >-
#     {{.name}} ({{.role}}) may not provide its service for this export yet: {{.blocking}} holds it. Art. 20 of the
#     Export Control Law bars agency, freight, delivery, customs-declaration, e-commerce platform, financial and
#     other services to an export-control violation, under any measure; an export without the licence it needs
#     is one. Wait until the licence is on file (or the hold is cleared).
#   message_zh: >-
#     {{.name}}（{{.role}}）暂不得为本次出口提供服务：{{.blocking}}尚未放行。依出口管制法第二十条，任何组织和个人不得为出口经营者从事出口管制违法行为提供代理、货运、寄递、报关、第三方电子商务交易平台和金融等服务；未取得所需许可而出口即属违法。应待取得许可（或解除暂停）后再提供服务。
service_clauses contains _service_clause("HOLD", rego.metadata.chain())

# METADATA
# title: A service provider may not serve an export that is prohibited or denied
# description: 第二十条 (as above) no service to an export that no licence can cover or that is in principle refused
# custom:
#   code: LAW20_SERVICE_STOP
#   clause: "20"
#   outcome: PROHIBITED
#   interpretation: I-LAW20-SERVICES
#   message_en: >-
#     {{.name}} ({{.role}}) may not provide its service for this export: {{.blocking}} is prohibited or will in
#     principle be refused, and no licence on file lifts it. Art. 20 of the Export Control Law bars agency,
#     freight, delivery, customs-declaration, e-commerce platform, financial and other services to an
#     export-control violation, under any measure.
#   message_zh: >-
#     {{.name}}（{{.role}}）不得为本次出口提供服务：{{.blocking}}属禁止出口或原则上不予许可，且无有效许可。依出口管制法第二十条，不得为出口管制违法行为提供代理、货运、寄递、报关、第三方电子商务交易平台和金融等服务。
service_clauses contains _service_clause("STOP", rego.metadata.chain())
