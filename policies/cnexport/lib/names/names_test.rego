package cnexport.lib.names_test

import data.cnexport.lib.names

# ---- keys: the spellings of one name meet -------------------------------------------------------

test_case_punctuation_and_company_forms_give_one_key if {
	keys := {names.name_key(n) | some n in [
		"Epirus, Inc.",
		"EPIRUS INC",
		"epirus incorporated",
		"Epirus Inc",
		"Epirus",
		"Epirus, LLC",
		"  Epirus  (Inc.) ",
	]}
	keys == {"epirus"}
}

test_full_width_characters_and_ideographic_space if {
	names.name_key("Ｔｅｌｅｄｙｎｅ　ＦＬＩＲ，ＬＬＣ") == "flir teledyne"
	names.name_key("ＡＣＴ１　Ｆｅｄｅｒａｌ") == "act1 federal"
}

test_word_order_does_not_matter if {
	names.name_key("Lockheed Martin Aeronautics") == names.name_key("Aeronautics Lockheed-Martin")
}

test_words_run_together_meet_by_the_joined_key if {
	names.parts_joined_key(names.name_parts("L3 Harris Technologies")) == "l3harristechnology"
	names.parts_joined_key(names.name_parts("L3Harris Technologies")) == "l3harristechnology"
	names.parts_joined_key(names.name_parts("Leidos")) == ""
}

test_abbreviation_dots_and_apostrophes_are_deleted_and_ampersand_is_and if {
	names.name_key("Gibbs & Cox, Inc.") == "and cox gibbs"
	names.name_key("Gibbs&Cox") == "and cox gibbs"
	names.name_key("Gibbs and Cox Incorporated") == "and cox gibbs"
	names.name_key("O'Neil Int'l L.L.C.") == "international oneil"
}

test_phrase_forms_are_left_out_whole if {
	names.name_key("TechInsights Europe Sp. z o.o.") == "europe techinsights"
	names.name_key("TechInsights Europe Sp zo.o") == "europe techinsights"
	names.name_key("TCOM, Limited Partnership") == "tcom"
	names.name_key("SARI Strategy Analytics Private Limited") == "analytics sari strategy"
	names.name_key("Kawasaki Kabushiki Kaisha") == "kawasaki"
}

test_a_form_word_inside_a_phrase_only_is_kept if {
	# "private" starts the form "private limited" but is no form alone; "sp" likewise.
	names.name_key("Private Eye Sp Holdings") == "eye holding private sp"
}

test_word_variants_meet if {
	names.name_key("Neros Technology") == names.name_key("Neros Technologies")
	names.name_key("Pacific Rim Defence") == names.name_key("Pacific Rim Defense")
}

test_latin_diacritics_are_removed if {
	names.name_key("Société Générale") == "generale societe"
	names.name_key("Societe\u0301 Generale") == "generale societe"
}

test_traditional_and_simplified_chinese_meet if {
	names.name_key("特勵達菲力爾公司") == "特励达菲力尔"
	names.name_key("特励达菲力尔") == "特励达菲力尔"
	names.name_key("漢翔航空工業股份有限公司") == names.name_key("汉翔航空工业股份有限公司")
}

test_a_mapped_character_folds_alike_lower_cased_first if {
	# name_parts lower-cases a name before it maps its characters, once rather than per character: the
	# characters of the map, and their upper cases, which lower-case to them, fold alike either way (a
	# character that lower-casing leaves alone is mapped the same either way).
	chars := {c | some k, _ in data.cnexport_reference.index.names.char_map; some c in [k, upper(k)]}
	unlike := [c |
		some c in chars
		lower(c) != c
		concat("", [_folded(x) | some x in split(lower(c), "")]) != _folded_alone(c)
	]
	unlike == []
}

# A character as the map folds it (looked up by key: the test reads the map's entries one by one).
_folded(c) := f if f := data.cnexport_reference.index.names.char_map[c]

else := c

# A character folded alone, as cnexport.names folds it: through the map, else lower-cased.
_folded_alone(c) := f if f := data.cnexport_reference.index.names.char_map[c]

else := lower(c)

test_words_are_the_runs_of_letters_and_digits if {
	names.name_parts("  Gibbs&Cox,(U.S.A.)  Inc 2 ").words == ["gibbs", "and", "cox", "usa", "2"]
	names.name_parts("").words == []
}

test_chinese_separators_and_company_forms if {
	names.name_key("洛克希德·马丁导弹与火控公司") == "洛克希德马丁导弹与火控"
	names.name_key("洛克希德 马丁 导弹与火控 有限公司") == "洛克希德马丁导弹与火控"
	names.name_key("贝宜系统股份有限公司") == "贝宜系统"
	names.name_key("埃比特系统美国分公司") == "埃比特系统美国"
	names.name_key("株式会社IHI") == "ihi"
	names.name_key("株式会社三菱造船") == names.name_key("三菱造船株式会社")
	names.name_key("IHI原动机株式会社") == "ihi 原动机"
}

test_a_name_of_forms_only_has_no_key if {
	names.name_key("Company Limited") == ""
	names.name_key("公司") == ""
	names.name_key("...") == ""
}

# ---- tokens ---------------------------------------------------------------------------------------

test_tokens_are_words_and_bigrams if {
	names.parts_tokens(names.name_parts("Huntington Ingalls Industries, Inc.")) == {"huntington", "ingalls", "industry"}
	names.parts_tokens(names.name_parts("中山科学研究院")) == {"中山", "山科", "科学", "学研", "研究", "究院"}
	names.parts_tokens(names.name_parts("AEVEX航天公司")) == {"aevex", "航天"}
}

test_bigrams_of_short_strings if {
	names.bigrams("") == set()
	names.bigrams("宝") == {"宝"}
	names.bigrams("立方") == {"立方"}
}

test_listed_tokens_read_the_index_form if {
	names.listed_tokens(["huntington industry ingalls", ""]) == {"huntington", "ingalls", "industry"}
	names.listed_tokens(["aevex", "航天"]) == {"aevex", "航天"}
	names.listed_tokens(["", "洛克希德"]) == {"洛克", "克希", "希德"}
}
