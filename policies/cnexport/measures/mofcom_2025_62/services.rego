# Clause 5 of No. 62: no one may broker, act as agent, carry, courier, clear customs, host on a
# platform or finance conduct that breaches the announcement. It speaks for the lines (and
# shipment-level reasons) the announcement gives a reason for (I-62-SERVICE-OWN-LINES); Export
# Control Law Art. 20 answers for every line (npcsc_2020_58/services.rego). The answer depends on
# those lines' clearances, which a measure cannot see; so this package gives the decision one
# clause per answer (GO, HOLD, STOP): the METADATA that words it and the roles it speaks to. The
# decision picks the one that fits and builds the reason from that METADATA with result.reason.
package cnexport.measures.mofcom_2025_62

import data.cnexport.lib.result

_service_clause(answer, chain) := result.service_clause(answer, _param("5", "service_roles"), true, chain)

# METADATA
# title: A service provider may serve the export
# description: 五、(digest paraphrase) service providers must ask whether a licence is sought or held; licensed exporters show it
# custom:
#   code: RE62_SERVICE_MAY_PROVIDE
#   clause: "5"
#   outcome: NOT_CONTROLLED
#   interpretation: I-62-SERVICE-OWN-LINES
#   message_en: >-
#     {{.name}} ({{.role}}) may provide its service as far as No. 62 goes: {{if .controlled_lines}}every line under
#     it that needs a licence ({{.controlled_lines}}) is covered by a MOFCOM licence on file ({{.licences}}); under
#     clause 5 the exporter must show it the licence{{else}}no line under it needs a licence on
#     {{.export_date}}{{end}}.
#   message_zh: >-
#     就第62号公告而言，{{.name}}（{{.role}}）可以提供服务：{{if .controlled_lines}}该公告下须许可的各行（{{.controlled_lines}}）均有有效的商务部许可（{{.licences}}）；依第五条，出口经营者应向其出示许可{{else}}该公告下各行在{{.export_date}}无须许可{{end}}。
service_clauses contains _service_clause("GO", rego.metadata.chain())

# METADATA
# title: A service provider may not serve the export until a licence covers it
# description: 5. (digest paraphrase) no one may provide 中介、撮合, agency, 货运, 寄递, 报关, e-commerce platform or financial services to a breach
# custom:
#   code: RE62_SERVICE_HOLD
#   clause: "5"
#   outcome: LICENCE_REQUIRED
#   interpretation: I-62-SERVICE-OWN-LINES
#   message_en: >-
#     {{.name}} ({{.role}}) may not provide its service for this export yet: {{.blocking}} needs a licence that no
#     licence on file covers. Clause 5 bars brokering, agency, freight, courier, customs, platform and financial
#     services for an export in breach; ask the exporter whether a licence is sought or held, and wait for it.
#   message_zh: >-
#     {{.name}}（{{.role}}）暂不得为本次出口提供服务：{{.blocking}}须取得许可，但未见有效许可。依第五条，
#     不得为违规出口提供中介、代理、货运、寄递、报关、电商平台或金融等服务；应主动询问是否已申请或取得许可。
service_clauses contains _service_clause("HOLD", rego.metadata.chain())

# METADATA
# title: A service provider may not serve an export that is prohibited or denied
# description: 五、(as above) no service for an export that no licence can cover or that is in principle refused
# custom:
#   code: RE62_SERVICE_STOP
#   clause: "5"
#   outcome: PROHIBITED
#   interpretation: I-62-SERVICE-OWN-LINES
#   message_en: >-
#     {{.name}} ({{.role}}) may not provide its service for this export: {{.blocking}} is prohibited or will in
#     principle be refused, and no licence on file lifts it. Clause 5 bars brokering, agency, freight, courier,
#     customs, platform and financial services for an export in breach.
#   message_zh: >-
#     {{.name}}（{{.role}}）不得为本次出口提供服务：{{.blocking}}属禁止出口或原则上不予许可，且无有效许可。
#     依第五条，不得为违规出口提供中介、代理、货运、寄递、报关、电商平台或金融等服务。
service_clauses contains _service_clause("STOP", rego.metadata.chain())
