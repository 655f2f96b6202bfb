# METADATA
# title: Screening of the shipment's parties against the entity lists
# description: |
#   Each party's name, Chinese name and aliases, and its owners', are normalised (names.name_parts)
#   and looked up in the listing index the data build makes from data/entities.yaml
#   (index.listings, cnexport.databuild.listing_index): keys for exact matches, tokens for
#   possible ones, never a scan of the list (I-NAME-MATCHING). A listing
#   counts on the dates its measures are in force (I-LISTING-DATES); an owner holding 50% or more
#   carries its listings to the party (I-OWNERSHIP-50). The measures decide what a match means;
#   this package only finds the matches.
package cnexport.parties

import data.cnexport.lib.names
import data.cnexport.lib.result
import data.cnexport.lib.timeline

_index := data.cnexport_reference.index

_listings := data.cnexport_reference.index.listings

_matching := _index.names.matching

# METADATA
# description: |
#   A listing by its id, as the rules read it: the fields it shares with its announcement's other
#   listings (list, announcement, dates, effects) and its name; undefined for an id no listing has.
listing(entry_id) := _listing_numbered(_listings.numbers[entry_id])

_listing_numbered(number) := object.union(_listings.groups[row[2]], {"name": row[1]}) if row := _listings.rows[number]

# The names a listing is scored by, each [sorted words, unspaced string] (names.listed_tokens).
_scored_names(row) := [split(name, "\t") | some name in split(row[3], "\n")]

# ---- dates ---------------------------------------------------------------------------------------

# METADATA
# description: whether a listing's measures are in force on date d (suspensions are [from, until))
listing_in_force(entity, d) if {
	entity.effective_from <= d
	not _suspended(entity, d)
	not _stopped(entity, d)
}

_suspended(entity, d) if {
	entity.suspended_from <= d
	_before_suspension_end(entity, d)
}

_before_suspension_end(entity, _) if not entity.suspended_until

_before_suspension_end(entity, d) if d < entity.suspended_until

_stopped(entity, d) if entity.measures_stopped_from <= d

# METADATA
# description: why a listing's measures are not in force on date d, in English and Chinese, for the warning that says so
# scope: document
not_in_force_because(entity, d) := {
	"because": sprintf("its measures apply only from %s", [entity.effective_from]),
	"because_zh": sprintf("其措施自%s起施行", [entity.effective_from]),
} if {
	d < entity.effective_from
}

not_in_force_because(entity, d) := {
	"because": sprintf("its measures are stopped from %s", [entity.measures_stopped_from]),
	"because_zh": sprintf("其措施自%s起停止实施", [entity.measures_stopped_from]),
} if {
	entity.effective_from <= d
	_stopped(entity, d)
}

not_in_force_because(entity, d) := {
	"because": sprintf("its measures are suspended from %s until %s", [entity.suspended_from, until]),
	"because_zh": sprintf("其措施自%s起暂停实施至%s", [entity.suspended_from, until_zh]),
} if {
	entity.effective_from <= d
	not _stopped(entity, d)
	_suspended(entity, d)
	until := object.get(entity, "suspended_until", "further notice")
	until_zh := object.get(entity, "suspended_until", "另行通知")
}

# METADATA
# description: |
#   A listing's state on date d, as screening reports it with every match: in_force (from its
#   effective date), not_yet_in_force (from), suspended (from, until when a date is recorded) or
#   stopped (from). The states exclude each other: they are tried in turn, in_force first.
# scope: document
listing_status(entity, d) := {"state": "in_force", "from": entity.effective_from} if {
	listing_in_force(entity, d)
} else := {"state": "not_yet_in_force", "from": entity.effective_from} if {
	d < entity.effective_from
} else := {"state": "stopped", "from": entity.measures_stopped_from} if {
	entity.effective_from <= d
	_stopped(entity, d)
} else := object.union(
	{"state": "suspended", "from": entity.suspended_from},
	object.filter(entity, {"suspended_until"}),
) if {
	entity.effective_from <= d
	not _stopped(entity, d)
	_suspended(entity, d)
}

# ---- finding listings by name --------------------------------------------------------------------

# METADATA
# description: a party's name, Chinese name and aliases
party_names(party) := array.flatten([party.name, [party.name_zh | is_string(party.name_zh)], object.get(party, "aliases", [])])

# Every name must be normalised: a name the engine could not read undefines the screening (and so
# the decision, which then fails closed), rather than passing unscreened.
_parts(party_names) := [p | some p in normalised; names.parts_key(p) != ""] if {
	normalised := [names.name_parts(n) | some n in party_names]
	count(normalised) == count(party_names)
}

# A listed name scores against one of the party's names: shared tokens / all tokens of the two,
# at least the threshold (num / den, the exact fraction of possible_threshold, compared in integers). It needs min_shared_tokens shared
# tokens, or all of its own. A word of the party's that is no listed token but one typo from one is
# read as that token (read_as: I-NAME-TYPO). A candidate comes from the looked-up tokens and the
# typo readings; one that cannot reach the threshold even if it had all the others (shared <= its
# looked-up tokens + the rest) is dropped before its names are read. Listings are by number until
# a hit names one by its id; `excluded` are numbers.
_possible_hits(parts, excluded, [num, den]) := {[id, score, key, shared, read_as] |
	some p in parts
	tokens := names.parts_tokens(p)
	readings := {r | some t in tokens; some r in _readings(t)}
	some number in ({n | some [_, l] in readings; some n in _listings.tokens[l]} - excluded)
	looked_up := {l | some [_, l] in readings; number in _listings.tokens[l]}
	others := count(tokens) - count({t | some [t, _] in readings})
	(count(looked_up) + others) * den >= count(tokens) * num
	row := _listings.rows[number]
	id := row[0]
	some name in _scored_names(row)
	listed := names.listed_tokens(name)
	key := trim_space(concat(" ", name))
	pairs := {[t, l] | some [t, l] in readings; t != l; l in listed; not t in listed}
	read := (tokens - {t | some [t, _] in pairs}) | {l | some [_, l] in pairs}
	shared := read & listed
	count(shared) * den >= count(read | listed) * num
	_enough_shared(shared, listed)
	score := round((count(shared) * 1000) / count(read | listed)) / 1000
	read_as := sort([{"token": t, "listed_token": l} | some [t, l] in pairs])
}

# The listed tokens a word is looked up as, each [word, listed token]: the word itself when it is a
# listed token, else its typo readings (none when it has none; one may come twice, from two of the
# word's deletions). Defined for every word, so that it is made once per word however many names have
# the word. The typo readings are typo_readings written out: a call of it for every word of every
# name costs more than its lookups.
_readings(word) := [[word, word]] if {
	_listings.tokens[word]
} else := [[word, l] |
	count(word) >= _matching.min_typo_token_length
	not regex.match(`[0-9]`, word)
	deleted := split(sprintf(_listings.deletion_formats[format_int(count(word), 10)], split(word, "")), "\t")
	some v in array.flatten([word, deleted])
	some l in _listings.typos[v]
	l != word
]

# METADATA
# description: |
#   The listed tokens a word can be read as through one typo (a character deleted, inserted or
#   replaced, or two neighbours swapped), by lookups in index.listings.typos: the word itself (it lacks
#   a character), each of its one-deletion variants (a character replaced or swapped, or one too
#   many: the index holds each token under itself too). Only words of min_typo_token_length letters
#   or more without a digit (I-NAME-TYPO).
typo_readings(word) := {l |
	# The format of the word's length writes its deletions at once (as _deletion_list does, which
	# deletions() reads). A word longer than the formats is longer by two or more than every listed
	# token: nothing stands in the index under it or under its deletions.
	deleted := split(sprintf(_listings.deletion_formats[format_int(count(word), 10)], split(word, "")), "\t")
	some v in array.flatten([word, deleted])
	some l in _listings.typos[v]
	l != word
} if {
	# As typo_eligible, written out: screening asks this of every word of every name.
	count(word) >= _matching.min_typo_token_length
	not regex.match(`[0-9]`, word)
}

# METADATA
# description: whether a word may be read as another one typo away (its length and no digit)
typo_eligible(word) if {
	count(word) >= _matching.min_typo_token_length
	not regex.match(`[0-9]`, word)
}

# METADATA
# description: |
#   The strings a word gives with one of its characters deleted; undefined for a word of one
#   character, or longer by two or more than every listed token (it is one typo from none of them).
deletions(word) := {v | some v in variants} if variants := _deletion_list(word)

# Written at once by the format the data build gives for the word's length (index.listings.deletion_formats:
# the word without its first character, then without its second, ..., joined by tabs), since screening
# makes them for every word of every name; a word has no tab. A character deleted twice in a row gives
# the same string twice, which is looked up twice.
_deletion_list(word) := split(sprintf(_listings.deletion_formats[format_int(count(word), 10)], split(word, "")), "\t")

_enough_shared(shared, _) if count(shared) >= _matching.min_shared_tokens

_enough_shared(shared, listed) if count(listed - shared) == 0

# METADATA
# description: |
#   The listings a set of names finds, whatever the date: {id, strength, score, matched_on,
#   tokens?}. An exact match (a key in common) wins over a possible one for the same listing;
#   of several possible ones the best score is kept, then the first key.
found(party_names) := _found(_parts(party_names), true)

# `possibly`: whether the possible matches are searched for too. An owner below the ownership
# threshold shows only its exact matches (owners_below_threshold): its names are not searched for
# possible ones, the dearest part of a screening (the typo readings of every word).
_found(parts, possibly) := exact | possible if {
	# [listing number, key] for every key of the names that a listing has. A key stands in the index
	# for one listing's number, or for the numbers when several listings have it: flattened, both are a list.
	exact_hits := {[number, key] |
		some p in parts
		some key in [names.parts_key(p), names.parts_joined_key(p)]
		key != ""
		some number in array.flatten([_listings.keys[key]])
	}
	exact_numbers := {number | some [number, _] in exact_hits}
	exact := {{
		"id": _listings.rows[number][0], "strength": "exact", "score": 1,
		"matched_on": min({k | some [hit, k] in exact_hits; hit == number}),
	} |
		some number in exact_numbers
	}
	possible := _possible(parts, exact_numbers, possibly)
}

# The possible matches, when they are searched for; undefined, and so is the screening, when they
# cannot be (the matching threshold missing from the data, say), never none.
_possible(_, _, false) := set()

_possible(parts, exact_numbers, true) := {_best_possible(id, hits) | some [id, _, _, _, _] in hits} if {
	hits := _possible_hits(parts, exact_numbers, _matching.possible_threshold_fraction)
}

_best_possible(id, hits) := object.union(
	{"id": id, "strength": "possible", "score": best[0], "matched_on": best[1], "tokens": sort(best[2])},
	_read_as(best[3]),
) if {
	ranked := sort([[0 - score, key, shared, read_as] | some [hit, score, key, shared, read_as] in hits; hit == id])
	top := ranked[0]
	best := [0 - top[0], top[1], top[2], top[3]]
}

_read_as(pairs) := {"read_as": pairs} if count(pairs) > 0

_read_as(pairs) := {} if count(pairs) == 0

# ---- screening a party ---------------------------------------------------------------------------

# METADATA
# description: |
#   The share at which an owner's listing reaches a party: the only ownership rule in the texts
#   is No. 61 clause 2's "50% or more" (I-OWNERSHIP-50).
ownership_threshold := timeline.role_param("ownership_rule", "ownership_threshold")

# Whether an owner's share reaches the threshold; false rather than undefined, so that it is read
# once per owner. OPA compares two numbers exactly, as fractions read from their decimal text
# (big.Rat, v1/ast/compare.go), so the share is compared as it is, not as an exact decimal: no
# screening is read before validation has refused every number that comparison cannot read
# (docs/upstream/opa-number-compare-illegal-value-panic.md).
default _reaches(_) := false

_reaches(owner) if {
	is_number(owner.share)
	owner.share >= ownership_threshold
}

# METADATA
# description: |
#   Screen names and owners on date d:
#   - matches: the listings in force on d that the names find, and those that the names of owners
#     holding ownership_threshold or more find (with `via` and `share`), each with its `status`;
#   - not_in_force: the same for listings whose measures do not apply on d, with why and status;
#   - owners_below_threshold: exact matches of owners holding less;
#   - parts: the normalised names that have a key;
#   - cleared: none (a decision's clearances are applied by `cleared`).
screen(party_names, owners, d) := {
	"parts": parts,
	"matches": {m | some [m, _, status] in shown; status.state == "in_force"},
	"not_in_force": {object.union(m, not_in_force_because(_entity(f), d)) | some [m, f, status] in shown; status.state != "in_force"},
	"owners_below_threshold": {object.union(_match(f), {"via": o.name, "share": o.share}) |
		some [o, owner_found, false] in owned
		some f in owner_found
		f.strength == "exact"
		listing_in_force(_entity(f), d)
	},
	"cleared": set(),
} if {
	parts := _parts(party_names)
	owned := [[o, _found(_parts([o.name]), reaches), reaches] | some o in owners; reaches := _reaches(o)]
	count(owned) == count(owners)
	own := _found(parts, true)
	found_all := {[f, {}] | some f in own} | {[f, {"via": o.name, "share": o.share}] |
		some [o, owner_found, true] in owned
		some f in owner_found
	}

	# Each listing found as a match, with its listing's state on d, read once: in force (listing_in_force)
	# exactly when the state is in_force.
	shown := {[object.union_n([_match(f), via, {"status": status}]), f, status] |
		some [f, via] in found_all
		status := listing_status(_entity(f), d)
	}
}

_entity(f) := listing(f.id)

_match(f) := object.union(
	{
		"list": _entity(f).list,
		"entry_id": f.id,
		"name": _entity(f).name,
		"score": f.score,
		"strength": f.strength,
		"matched_on": f.matched_on,
	},
	object.filter(f, {"tokens", "read_as"}),
)

# One object each, not a rule with a value per party: a rule that reads every party's screening then
# reads the object, rather than evaluating the rule's body again for each party.

# METADATA
# description: |
#   The screening of every party of the shipment on its export date, once per decision, with the
#   possible matches the document's reviewed clearances clear set apart (I-MATCH-CLEARANCE).
screened := {i: cleared(screening, i) | some i, screening in uncleared}

# METADATA
# description: the screening of every party before clearances, which validation reads
uncleared := {i: screen(party_names(party), object.get(party, "owners", []), input.export_date) |
	some i, party in input.parties
}

# METADATA
# description: |
#   The screening of the exporter, like a party's (I-EXPORTER-SCREENING). The contract gives the
#   exporter no party index: its clearances name it "exporter".
screened_exporter := cleared(uncleared_exporter, "exporter")

# METADATA
# description: the screening of the exporter before clearances
uncleared_exporter := screen(party_names(input.exporter), [], input.export_date)

# ---- how matches are told ------------------------------------------------------------------------

# METADATA
# description: the lists by their data name, in English and Chinese
titles_of_lists := {
	"unreliable_entity_list": ["unreliable entity list", "不可靠实体清单"],
	"control_list": ["export-control control list", "出口管制管控名单"],
	"watch_list": ["watch list", "关注名单"],
}

# METADATA
# description: how a match through an owner is told, in English and Chinese ("" for the party's own)
# scope: document
via_texts(m) := {
	"via_text": sprintf(" through its owner %s (share %v)", [m.via, m.share]),
	"via_text_zh": sprintf("（通过持股%v的股东%s）", [m.share, m.via]),
} if {
	m.via
}

via_texts(m) := {"via_text": "", "via_text_zh": ""} if not m.via

# METADATA
# description: a party and the listing it matches, as warnings name them, in English and Chinese
listing_texts(party, m, e) := {
	"listing": sprintf("%s (%s) is %s (%s)%s on the %s by %s", [
		party.name, party.role, m.name, m.entry_id, via_texts(m).via_text, titles_of_lists[m.list][0], e.announcement,
	]),
	"listing_zh": sprintf("%s（%s）为%s列入%s的%s（%s）%s", [
		party.name, party.role, object.get(e, "document_no", e.announcement), titles_of_lists[m.list][1], m.name,
		m.entry_id, via_texts(m).via_text_zh,
	]),
}

# METADATA
# description: |
#   The warning that holds a shipment while a party is only a possible match for a listing that,
#   matched exactly, would decide or hold it under `code` (a reason or hold of a measure package).
# custom:
#   code: POSSIBLE_LISTED_PARTY
#   interpretation: I-NAME-MATCHING
#   message_en: >-
#     {{.name}} ({{.role}}) is a possible match (score {{.score}}, shared tokens: {{.tokens}}) for {{.listed_name}}
#     ({{.entry_id}}) on the {{.list}} by {{.announcement}}{{.via_text}}: if it is that entity, {{.code}} applies.
#     A person must clear the match before the shipment goes.
#   message_zh: "{{.name}}（{{.role}}）可能为{{.document_no}}列入{{.list_zh}}的{{.listed_name}}（{{.entry_id}}）{{.via_text_zh}}\
#     （匹配分值{{.score}}，共有词：{{.tokens}}）：如确为该实体，适用{{.code}}。须经人工排除该匹配后方可放行。"
possible_hold(party, m, e, code) := result.warning(
	rego.metadata.rule(),
	object.union(
		{
			"name": party.name, "role": party.role, "score": m.score, "tokens": concat(", ", m.tokens),
			"listed_name": m.name, "entry_id": m.entry_id, "list": titles_of_lists[m.list][0],
			"list_zh": titles_of_lists[m.list][1], "announcement": e.announcement,
			"document_no": object.get(e, "document_no", e.announcement), "code": code,
		},
		via_texts(m),
	),
	{"measure": e.announcement},
)

# METADATA
# description: the order a decision and a screening answer show matches in
match_key(m) := [m.list, m.entry_id, object.get(m, "via", "")]

# METADATA
# description: |
#   What a decision and a screening answer show of a screening: every match, in force or not, each
#   with its listing's status on the date, and those cleared with their review; only those in force
#   and not cleared have effects (I-LISTING-DATES, I-MATCH-CLEARANCE).
shown_matches(screening) := (screening.matches | {object.remove(m, _reasons_not_in_force) | some m in screening.not_in_force}) | object.get(
	screening, "cleared",
	set(),
)

# Why a listing is not in force is said by the warnings, not with the match.
_reasons_not_in_force := {"because", "because_zh"}
