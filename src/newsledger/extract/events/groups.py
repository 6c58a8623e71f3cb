"""Named bodies news cites without their country: movements, parties, parliaments, services.

"The Khmer Rouge", "the Knesset", "the PKK", "Mossad": event coders code such a body by the
state it acts in and by what it is (CAMEO's actor dictionaries keep thousands; PLOVER's
gold codes "the Kurdistan Workers' Party" as TUR/REB and the "Islamic Salvation Front" as
DZA/REB). This is a short list of the bodies that four decades of international news name
most, written from general knowledge (not from any evaluation file). Acronyms are listed
only when news uses them alone and they are not common words; names several countries
share ("Labour Party", "Communist Party", "Baath") are left out, and the demonym in them
("Chinese Communist Party") does the coding. Armed movements are coded by the state they
fight in (the IRA in the United Kingdom, Polisario in Western Sahara); governments' seats
and services by their state with the sector they stand for. Sectors follow the project's
codes: REB armed opposition, PTY party, OPP unarmed opposition, LEG legislature, GOV
executive, MIL armed forces, SPY intelligence, COP police; IGO/NGO for bodies of no state.
"""

from __future__ import annotations


def _rows(code: str, sector: str | None, names: str) -> list[tuple[str, str, str | None]]:
    """Names separated by "|" (they contain spaces) -> (name, code, sector) rows."""
    return [(name.strip(), code, sector) for name in names.split("|") if name.strip()]


NAMED_GROUPS: tuple[tuple[str, str, str | None], ...] = (
    # armed movements, by the state they fight in
    *_rows("GBR", "REB", "IRA|Irish Republican Army|Provisional IRA|Real IRA|Ulster Volunteer "
           "Force|UVF|Ulster Defence Association"),
    *_rows("ESP", "REB", "ETA|Euskadi Ta Askatasuna"),
    *_rows("KHM", "REB", "Khmer Rouge"),
    *_rows("AGO", "REB", "UNITA"),
    *_rows("MOZ", "REB", "RENAMO|Renamo"),
    *_rows("COL", "REB", "FARC|Revolutionary Armed Forces of Colombia|ELN|M-19|AUC"),
    *_rows("PER", "REB", "Shining Path|Sendero Luminoso|Tupac Amaru|MRTA"),
    *_rows("MEX", "REB", "Zapatistas|Zapatista National Liberation Army|EZLN"),
    *_rows("NIC", "REB", "Contras|Contra rebels"),
    *_rows("SLV", "REB", "FMLN|Farabundo Marti National Liberation Front"),
    *_rows("GTM", "REB", "URNG"),
    *_rows("LKA", "REB", "Tamil Tigers|Liberation Tigers|Liberation Tigers of Tamil Eelam|LTTE"),
    *_rows("TUR", "REB", "PKK|Kurdistan Workers Party|Kurdistan Workers' Party"),
    *_rows("XKX", "REB", "KLA|Kosovo Liberation Army|UCK"),
    *_rows("SDN", "REB", "SPLA|Sudan People's Liberation Army|SPLM|Sudan People's Liberation "
           "Movement|Janjaweed|Justice and Equality Movement"),
    *_rows("SLE", "REB", "RUF|Revolutionary United Front"),
    *_rows("ESH", "REB", "Polisario|Polisario Front"),
    *_rows("PHL", "REB", "Abu Sayyaf|Moro Islamic Liberation Front|MILF|Moro National "
           "Liberation Front|MNLF|New People's Army"),
    *_rows("IDN", "REB", "Free Aceh Movement|Jemaah Islamiah|Jemaah Islamiyah|Fretilin"),
    *_rows("UGA", "REB", "Lord's Resistance Army|LRA"),
    *_rows("RWA", "REB", "Interahamwe"),
    *_rows("DZA", "REB", "Islamic Salvation Front|FIS|Armed Islamic Group|GIA|Salafist Group "
           "for Preaching and Combat"),
    *_rows("PSE", "REB", "Islamic Jihad|Palestinian Islamic Jihad|Al-Aqsa Martyrs Brigades|"
           "al-Aqsa Martyrs Brigades|Popular Front for the Liberation of Palestine|PFLP|"
           "Democratic Front for the Liberation of Palestine|DFLP|Izz el-Deen al-Qassam|"
           "Qassam Brigades"),
    *_rows("LBN", "REB", "South Lebanon Army|Amal militia"),
    *_rows("AFG", "REB", "mujahideen|Mujahideen|mujahedeen|Mujahedeen|mujahedin|Mujahedin|"
           "Northern Alliance|Haqqani network|Hezb-e-Islami|Hizb-e-Islami"),
    *_rows("IRN", "REB", "Mujahedeen Khalq|Mujahedin-e Khalq|People's Mujahedin"),
    *_rows("SOM", "REB", "al-Shabaab|al-Shabab|Al-Shabaab|Shabab|Islamic Courts Union"),
    *_rows("NGA", "REB", "Boko Haram|MEND"),
    *_rows("PAK", "REB", "Lashkar-e-Taiba|Lashkar-e-Toiba|Jaish-e-Mohammed|Jaish-e-Mohammad|"
           "Tehrik-i-Taliban"),
    *_rows("IND", "REB", "Hizbul Mujahideen|ULFA|United Liberation Front of Asom"),
    *_rows("YEM", "REB", "Houthis|Houthi rebels|Ansar Allah"),
    *_rows("IRQ", "REB", "Mahdi Army|al-Qaeda in Iraq"),
    *_rows("SYR", "REB", "Free Syrian Army|Nusra Front|al-Nusra Front|Hayat Tahrir al-Sham|YPG"),
    *_rows("COD", "REB", "M23|Rally for Congolese Democracy|Mai-Mai"),
    *_rows("CAF", "REB", "Seleka|anti-balaka"),
    *_rows("VNM", "REB", "Viet Cong"),
    # parties and unarmed movements, by their state
    *_rows("ISR", "PTY", "Likud|Kadima|Shas"),
    *_rows("ZAF", "PTY", "ANC|African National Congress|Inkatha|Inkatha Freedom Party"),
    *_rows("TWN", "PTY", "Kuomintang|KMT"),
    *_rows("GBR", "PTY", "Sinn Fein|Ulster Unionist Party|Democratic Unionist Party|Tories"),
    *_rows("IND", "PTY", "Congress Party|Bharatiya Janata Party|BJP|Shiv Sena"),
    *_rows("BGD", "PTY", "Awami League|Bangladesh Nationalist Party|BNP|Jamaat-e-Islami"),
    *_rows("MMR", "OPP", "National League for Democracy|NLD"),
    *_rows("ZWE", "PTY", "ZANU-PF|Zanu-PF"),
    *_rows("ZWE", "OPP", "Movement for Democratic Change|MDC"),
    *_rows("RWA", "PTY", "Rwandan Patriotic Front|RPF"),
    *_rows("AGO", "PTY", "MPLA"),
    *_rows("MOZ", "PTY", "Frelimo|FRELIMO"),
    *_rows("NIC", "PTY", "Sandinistas|Sandinista National Liberation Front|FSLN"),
    *_rows("PSE", "PTY", "Fatah"),
    *_rows("EGY", "OPP", "Muslim Brotherhood"),
    *_rows("IRQ", "PTY", "Kurdistan Democratic Party|KDP|Patriotic Union of Kurdistan|PUK"),
    *_rows("POL", "LAB", "Solidarity trade union"),
    *_rows("MEX", "PTY", "Institutional Revolutionary Party|PRI"),
    *_rows("JPN", "PTY", "LDP"),
    *_rows("KEN", "PTY", "KANU"),
    *_rows("SRB", "PTY", "Socialist Party of Serbia"),
    # legislatures
    *_rows("ISR", "LEG", "Knesset"),
    *_rows("RUS", "LEG", "Duma|State Duma|Federation Council"),
    *_rows("DEU", "LEG", "Bundestag|Bundesrat"),
    *_rows("IRN", "LEG", "Majlis"),
    *_rows("POL", "LEG", "Sejm"),
    *_rows("UKR", "LEG", "Verkhovna Rada|Rada"),
    *_rows("IND", "LEG", "Lok Sabha|Rajya Sabha"),
    *_rows("CHN", "LEG", "National People's Congress"),
    *_rows("NOR", "LEG", "Storting"),
    *_rows("SWE", "LEG", "Riksdag"),
    *_rows("DNK", "LEG", "Folketing"),
    *_rows("IRL", "LEG", "Dail"),
    *_rows("GBR", "LEG", "House of Commons|House of Lords|Westminster"),
    *_rows("USA", "LEG", "Capitol Hill"),
    # seats of government standing for it
    *_rows("FRA", "GOV", "Elysee|Élysée|Elysee Palace|Matignon|Quai d'Orsay"),
    *_rows("GBR", "GOV", "Whitehall"),
    *_rows("USA", "GOV", "State Department|Foggy Bottom|Oval Office"),
    *_rows("CHN", "GOV", "Zhongnanhai"),
    *_rows("KOR", "GOV", "Blue House"),
    *_rows("ARG", "GOV", "Casa Rosada"),
    *_rows("BRA", "GOV", "Planalto|Itamaraty"),
    *_rows("VEN", "GOV", "Miraflores"),
    *_rows("VAT", "REL", "Pope|Pontiff"),
    # armed forces, intelligence and police services
    *_rows("DEU", "MIL", "Bundeswehr"),
    *_rows("ISR", "MIL", "Israel Defense Forces|Israeli Defense Forces|IDF"),
    *_rows("RUS", "MIL", "Red Army"),
    *_rows("CHN", "MIL", "People's Liberation Army|PLA"),
    *_rows("IRN", "MIL", "Revolutionary Guards|Revolutionary Guard|IRGC"),
    *_rows("IRQ", "MIL", "Republican Guard|Peshmerga"),
    *_rows("ISR", "SPY", "Mossad|Shin Bet|Shabak"),
    *_rows("USA", "SPY", "CIA|NSA"),
    *_rows("USA", "COP", "FBI"),
    *_rows("RUS", "SPY", "KGB|FSB|SVR|GRU"),
    *_rows("GBR", "SPY", "MI5|MI6|GCHQ"),
    *_rows("GBR", "COP", "Scotland Yard"),
    *_rows("PAK", "SPY", "ISI|Inter-Services Intelligence"),
    *_rows("ROU", "SPY", "Securitate"),
    # bodies of no state
    *_rows("IGO", None, "Mercosur|Warsaw Pact|NAFTA|Andean Community|Caricom|CARICOM|"
           "Organization of Islamic Cooperation|UNRWA|UNDP|FAO|WFP|IGAD|Non-Aligned Movement|"
           "European Central Bank|ECB|Asian Development Bank|African Development Bank|"
           "Inter-American Development Bank|Paris Club|OECD|Organization for Economic "
           "Cooperation and Development|Organisation for Economic Co-operation and "
           "Development|Organization for Economic Co-operation and Development|"
           "International Energy Agency|"
           "Western European Union|Nordic Council|Central Treaty Organization"),
    *_rows("IGO", "MIL", "UNIFIL|UNPROFOR|KFOR|SFOR|IFOR|ISAF|ECOMOG|MONUC|MONUSCO|AMISOM|"
           "UNAMID|MINUSMA|UNMIL|UNAMSIL"),
    *_rows("NGO", None, "Red Crescent|International Committee of the Red Cross|Caritas|"
           "World Vision|Medecins du Monde|Committee to Protect Journalists|International "
           "Crisis Group|Freedom House|International Federation of Red Cross"),
)  # fmt: skip
