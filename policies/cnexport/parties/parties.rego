# METADATA
# title: Screening of the shipment's parties against the entity lists
# description: |
#   Each party's name, Chinese name and aliases, and its owners', are turned into screening keys
#   (lib.name_key) and looked up in the index the data build makes from data/entities.yaml: a
#   lookup by key, never a scan of the list. A listing counts on the dates its measures are in
#   force. The measures decide what a match means; this package only finds the matches.
package cnexport.parties

import data.cnexport.lib

_index := data.cnexport.reference.index

# METADATA
# description: whether a listing's measures are in force on date d (suspensions are [from, until))
listing_in_force(entity, d) if {
	entity.effective_from <= d
	not _suspended(entity, d)
	not _stopped(entity, d)
}

_suspended(entity, d) if {
	is_string(entity.suspended_from)
	entity.suspended_from <= d
	_before_suspension_end(entity, d)
}

_before_suspension_end(entity, _) if not is_string(object.get(entity, "suspended_until", null))

_before_suspension_end(entity, d) if d < entity.suspended_until

_stopped(entity, d) if {
	is_string(entity.measures_stopped_from)
	entity.measures_stopped_from <= d
}

# METADATA
# description: the screening keys of a name and its variants
keys_of(names) := {k | some n in names; k := lib.name_key(n); k != ""}

# METADATA
# description: a party's name, Chinese name and aliases
party_names(party) := array.flatten([party.name, _name_zh(party), object.get(party, "aliases", [])])

_name_zh(party) := [party.name_zh] if is_string(party.name_zh)

_name_zh(party) := [] if not is_string(object.get(party, "name_zh", null))

# METADATA
# description: listings whose names meet one of the given names exactly, in force on date d
exact_matches(names, d) := {_match(e, id, k) |
	some k in keys_of(names)
	some id in _index.entity_keys[k]
	e := _index.entities[id]
	listing_in_force(e, d)
}

_match(e, id, key) := {"list": e.list, "entry_id": id, "name": e.name_en, "score": 1, "strength": "exact", "matched_on": key}

# METADATA
# description: |
#   every match of party i on date d: its own names, and owners holding at least `threshold`
#   of it, named in `via`, with their share
matches(i, d, threshold) := own | via_owners if {
	party := input.parties[i]
	own := exact_matches(party_names(party), d)
	via_owners := {object.union(m, {"via": owner.name, "share": owner.share}) |
		some owner in object.get(party, "owners", [])
		lib.decimal_compare(lib.decimal(owner.share), lib.decimal(threshold)) >= 0
		some m in exact_matches([owner.name], d)
	}
}

# METADATA
# description: |
#   The share at which an owner's listing reaches a party: the only ownership rule in the texts
#   is No. 61 clause 2's "50% or more" (I-OWNERSHIP-50).
ownership_threshold := lib.param("MOFCOM-2025-61", "2", "ownership_threshold")
