package cnexport.lib

# METADATA
# description: |
#   The screening key of a name: lower case, every run of characters that are neither letters nor
#   digits made one space. cnexport.names.name_key in the data build computes the same.
name_key(name) := trim_space(regex.replace(lower(name), `[^\p{L}\p{N}]+`, " "))
