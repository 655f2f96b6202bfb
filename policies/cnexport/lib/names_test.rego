package cnexport.lib_test

import data.cnexport.lib

# Screening keys (lib/names.rego): lower case, every run of non-letters and non-digits one space.

test_name_key_lowers_and_joins_punctuation_runs if {
	lib.name_key("L3 Harris Technologies") == "l3 harris technologies"
	lib.name_key("  L3  Harris--Technologies, Inc. ") == "l3 harris technologies inc"
	lib.name_key("Gibbs&Cox, Inc.") == "gibbs cox inc"
	lib.name_key("Gibbs & Cox, Inc.") == "gibbs cox inc"
}

test_name_key_treats_underscore_as_a_separator if {
	lib.name_key("ACME_Corp") == "acme corp"
}

test_name_key_keeps_chinese_characters_and_digits if {
	lib.name_key("L3哈里斯公司") == "l3哈里斯公司"
	lib.name_key("特励达·布朗工程公司") == "特励达 布朗工程公司"
}

test_name_key_lowers_non_ascii_letters if {
	lib.name_key("SOCIÉTÉ Générale") == "société générale"
	lib.name_key("İstanbul Makina") == "istanbul makina"
}

test_name_key_of_punctuation_only_is_empty if {
	lib.name_key(" --- ") == ""
}

# The data build keys every entity name the same way: every name, Chinese name and alias of
# every listing (name_zh may be null) is found under its own key.
test_every_entity_name_is_indexed_under_its_key if {
	index := data.cnexport.reference.index
	every id, e in index.entities {
		names := [n | some n in array.flatten([e.name_en, e.name_zh, e.aliases]); is_string(n)]
		every n in names {
			id in index.entity_keys[lib.name_key(n)]
		}
	}
}
