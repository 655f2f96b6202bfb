# METADATA
# title: The parts of a decision that every document needs, asked alone by make bench
# description: |
#   Validation (the data is complete, the document is valid) and the screening of every party and
#   the exporter come before any measure, whatever the lines say. make bench times them on the same
#   server and with the same documents as the floor and the decision, so that its table says how
#   much of a target they take by themselves. Each answers a count, so that encoding the answer
#   costs next to nothing, as the floor's does.
package cnexport_bench.parts

# METADATA
# description: the errors found, as the decision looks for them (the data first)
validation := count(data.cnexport.validate.data_errors) + count(data.cnexport.validate.errors)

# METADATA
# description: the parties and the exporter screened (one that cannot be leaves it undefined)
screening := count(data.cnexport.parties.screened) + count([data.cnexport.parties.screened_exporter])

# METADATA
# description: both in one evaluation, what a decision pays before its measures
validation_and_screening := validation + screening
