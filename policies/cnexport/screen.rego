package cnexport

import data.cnexport.screening

# METADATA
# title: cnexport screen - the entry point (POST /v1/data/cnexport/screen)
# description: the screening of one party alone, built by the cnexport.screening package
# entrypoint: true
screen := screening.screen
