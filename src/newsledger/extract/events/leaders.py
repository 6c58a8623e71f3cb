"""Leaders that news names without their country: a small actor dictionary, as CAMEO's coders keep.

"President Bush", "Mr. Putin", "Mubarak received Arafat": event coders code a person by the
state they lead or serve, and a report rarely repeats it. These are heads of state and
government, foreign and defence ministers, heads of international bodies and the leaders of
armed movements that news of the last four decades names most, written from general
knowledge (not from any evaluation file). A surname is listed only when it is neither a
common English word nor a common first name, and when no leader of another country shares
it ("Kim", "Singh", "Khan", "Abbas", "Sharif" are left out). Heads of UN, EU and NATO
bodies code as IGO. Given names that news uses alone ("Lula", "Hasina") are listed too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsledger.extract.common import trie_pattern
from newsledger.extract.events.lexicon import words

_BY_COUNTRY: dict[str, str] = {
    "USA": "Bush Clinton Obama Reagan Cheney Rumsfeld Albright Powell Trump Biden Shultz "
    "Kissinger Weinberger Pompeo Tillerson Blinken Mattis Hagel Panetta Pence Holbrooke "
    "Negroponte Wolfowitz Condoleezza Eagleburger",
    "RUS": "Putin Yeltsin Gorbachev Medvedev Lavrov Primakov Kozyrev Chernomyrdin Andropov "
    "Chernenko Gromyko Kasyanov Stepashin Kiriyenko Shoigu Mishustin Peskov Zakharova "
    "Navalny Kadyrov Prigozhin Grachev",
    "GBR": "Blair Thatcher Truss Sunak Starmer Miliband Corbyn Hurd Rifkind",
    "FRA": "Chirac Mitterrand Sarkozy Jospin Juppe Vedrine Hollande Macron Giscard Balladur "
    "Villepin Raffarin Fillon Kouchner Fabius Rocard Cresson",
    "DEU": "Kohl Schroeder Merkel Genscher Kinkel Scholz Steinmeier Gauck Weizsacker "
    "Westerwelle Baerbock Schauble",
    "ITA": "Berlusconi Prodi Andreotti Craxi D'Alema Renzi Draghi Meloni Ciampi Napolitano "
    "Mattarella Cossiga",
    "ESP": "Aznar Zapatero Rajoy",
    "POL": "Kwasniewski Walesa Jaruzelski Tusk Kaczynski",
    "CZE": "Havel Zeman",
    "HUN": "Orban Antall",
    "ROU": "Ceausescu Iliescu Constantinescu",
    "BGR": "Zhivkov",
    "ALB": "Hoxha Berisha",
    "MKD": "Gligorov",
    "SVN": "Kucan",
    "HRV": "Tudjman Mesic Sanader",
    "BIH": "Izetbegovic",
    "XKX": "Rugova Thaci",
    "MNE": "Djukanovic",
    "SRB": "Milosevic Kostunica Djindjic Tadic Vucic",
    "GRC": "Papandreou Mitsotakis Simitis Karamanlis Tsipras",
    "CYP": "Clerides Makarios",
    "TUR": "Erdogan Ecevit Demirel Ozal Ciller Erbakan Davutoglu Cavusoglu Ocalan",
    "AZE": "Aliyev",
    "ARM": "Kocharian Ter-Petrossian Sargsyan Pashinyan",
    "GEO": "Shevardnadze Saakashvili Gamsakhurdia",
    "UZB": "Karimov Mirziyoyev",
    "TKM": "Niyazov",
    "TJK": "Rakhmonov Rahmon",
    "KGZ": "Akayev Bakiyev",
    "KAZ": "Nazarbayev Tokayev",
    "MDA": "Snegur Voronin",
    "UKR": "Kuchma Yushchenko Yanukovych Zelensky Zelenskyy Kravchuk Tymoshenko Poroshenko Kuleba",
    "BLR": "Lukashenko",
    "LTU": "Landsbergis",
    "NLD": "Lubbers Balkenende Rutte",
    "BEL": "Dehaene Verhofstadt",
    "SWE": "Bildt",
    "AUT": "Vranitzky Kreisky",
    "EGY": "Mubarak Sadat Sisi Morsi",
    "PSE": "Arafat Qurei Haniyeh Erekat Erakat Dahlan Barghouti Meshaal Mashaal Rantisi Sinwar",
    "ISR": "Netanyahu Rabin Peres Shamir Olmert Livni Mofaz Lapid Gantz Weizman Katsav",
    "SYR": "Assad Khaddam",
    "LBN": "Hariri Aoun Lahoud Siniora Jumblatt Nasrallah Gemayel",
    "IRQ": "Saddam Talabani Maliki Allawi Jaafari Barzani Sadr Sistani Chalabi Zebari Kadhimi",
    "IRN": "Khamenei Khomeini Khatami Rafsanjani Ahmadinejad Velayati Rouhani Zarif Raisi "
    "Larijani Araghchi",
    "LBY": "Gadhafi Gaddafi Qaddafi Kadhafi Qadhafi Haftar",
    "SDN": "Turabi Garang",
    "SSD": "Machar",
    "DZA": "Bouteflika Zeroual Tebboune",
    "TUN": "Bourguiba Essebsi",
    "ZWE": "Mugabe Tsvangirai Mnangagwa",
    "ZAF": "Mandela Mbeki Zuma Ramaphosa Buthelezi",
    "NGA": "Obasanjo Abacha Babangida Buhari Yar'Adua Tinubu Abiola",
    "KEN": "Kibaki Kenyatta Odinga",
    "UGA": "Museveni Obote",
    "TZA": "Nyerere Mwinyi Mkapa Kikwete Magufuli",
    "ETH": "Mengistu Zenawi",
    "ERI": "Afwerki",
    "SOM": "Aidid",
    "RWA": "Kagame Habyarimana",
    "COD": "Mobutu Kabila Tshisekedi",
    "BDI": "Buyoya Ndadaye Nkurunziza",
    "AGO": "Savimbi",
    "MOZ": "Chissano Machel Dhlakama Guebuza",
    "ZMB": "Kaunda Chiluba Mwanawasa",
    "LBR": "Sirleaf",
    "SLE": "Sankoh Kabbah",
    "GHA": "Rawlings Kufuor",
    "CIV": "Houphouet-Boigny Gbagbo Ouattara",
    "TCD": "Habre Deby",
    "TGO": "Eyadema",
    "CMR": "Biya",
    "BFA": "Compaore Sankara",
    "GMB": "Jawara Jammeh",
    "NAM": "Nujoma",
    "MDG": "Ratsiraka Ravalomanana",
    "CHN": "Jintao Jinping Xiaoping Zemin Rongji Jiabao Keqiang Qichen Ziyang Yaobang",
    "TWN": "Shui-bian Ying-jeou Ing-wen Teng-hui",
    "JPN": "Nakasone Takeshita Kaifu Miyazawa Hosokawa Murayama Hashimoto Obuchi Koizumi "
    "Hatoyama Kishida",
    "PRK": "Jong-il Jong-un Il-sung",
    "KOR": "Dae-jung Moo-hyun Myung-bak Geun-hye Jae-in Suk-yeol Tae-woo Doo-hwan Young-sam",
    "IND": "Gandhi Vajpayee Modi Gowda Gujral Advani Manmohan",
    "PAK": "Musharraf Bhutto Zardari",
    "AFG": "Karzai Najibullah Rabbani Hekmatyar Dostum",
    "BGD": "Ershad Hasina",
    "LKA": "Jayewardene Premadasa Kumaratunga Rajapaksa Wickremesinghe Prabhakaran",
    "NPL": "Gyanendra Prachanda",
    "MMR": "Suu Kyi Shwe Hlaing",
    "THA": "Thaksin Prayuth Yingluck Bhumibol",
    "KHM": "Sihanouk Ranariddh",
    "PHL": "Aquino Arroyo Duterte",
    "IDN": "Suharto Habibie Sukarno Megawati Yudhoyono Widodo Jokowi",
    "MYS": "Mahathir Badawi Najib",
    "AUS": "Hawke Keating Rudd Gillard Turnbull",
    "NZL": "Ardern",
    "CUB": "Castro Diaz-Canel",
    "VEN": "Chavez Maduro Guaido",
    "COL": "Uribe Pastrana Samper Gaviria",
    "PER": "Fujimori Humala",
    "BOL": "Banzer",
    "CHL": "Pinochet Aylwin Bachelet Pinera Boric",
    "ARG": "Menem Alfonsin Kirchner Macri Milei Galtieri",
    "BRA": "Lula Collor Sarney Rousseff Bolsonaro Temer",
    "MEX": "Zedillo Obrador Sheinbaum",
    "NIC": "Chamorro Somoza",
    "PAN": "Noriega",
    "SLV": "Cristiani Bukele",
    "HTI": "Aristide Duvalier Preval Cedras",
    "CAN": "Mulroney Chretien Trudeau",
    "IGO": "Annan Boutros-Ghali Solana ElBaradei Guterres Ki-moon Cuellar Juncker Barroso Grossi",
}


# Surnames news uses alone but that are not listed above because they are shared or
# common words ("Sharon", "Major", "Brown", "Taylor", "Abbas"): listed here only with the
# given name or title that makes them one person. Names separated by "|".
_FULL_NAMES: dict[str, str] = {
    "ISR": "Ariel Sharon|Ehud Barak|Menachem Begin|Yitzhak Shamir",
    "PSE": "Mahmoud Abbas|Abu Mazen",
    "JOR": "King Hussein|King Abdullah II",
    "SAU": "King Fahd|King Salman|Crown Prince Abdullah",
    "MAR": "King Hassan|King Mohammed VI",
    "TUN": "Ben Ali",
    "DZA": "Chadli Bendjedid|Houari Boumediene|Liamine Zeroual",
    "EGY": "Gamal Abdel Nasser|Anwar Sadat|Anwar el-Sadat",
    "UGA": "Idi Amin|Milton Obote",
    "LBR": "Charles Taylor|Samuel Doe|Ellen Johnson Sirleaf",
    "NGA": "Goodluck Jonathan|Sani Abacha",
    "SDN": "Omar al-Bashir|Omar Hassan al-Bashir|Jaafar Nimeiri|John Garang",
    "SOM": "Siad Barre|Mohamed Farah Aideed|Farah Aideed",
    "SEN": "Abdoulaye Wade|Abdou Diouf|Macky Sall",
    "MLI": "Amadou Toumani Toure|Alpha Oumar Konare",
    "CIV": "Houphouet-Boigny|Felix Houphouet-Boigny",
    "ZAF": "de Klerk|F.W. de Klerk|P.W. Botha|Thabo Mbeki",
    "KEN": "Daniel arap Moi|arap Moi",
    "BIH": "Radovan Karadzic|Ratko Mladic|Alija Izetbegovic",
    "DEU": "Erich Honecker|Joschka Fischer|Gerhard Schroeder|Helmut Schmidt",
    "GBR": "John Major|Gordon Brown|Margaret Thatcher|Tony Blair",
    "ESP": "Felipe Gonzalez|Jose Maria Aznar",
    "PRT": "Mario Soares|Antonio Guterres",
    "PAK": "Zia ul-Haq|Nawaz Sharif|Benazir Bhutto|Shehbaz Sharif",
    "IND": "Narasimha Rao|Rajiv Gandhi|Indira Gandhi|Manmohan Singh",
    "BGD": "Khaleda Zia|Sheikh Hasina",
    "KHM": "Pol Pot|Hun Sen|Norodom Sihanouk",
    "MMR": "Ne Win|Than Shwe|Min Aung Hlaing",
    "SGP": "Lee Kuan Yew|Lee Hsien Loong|Goh Chok Tong",
    "CHN": "Li Peng|Hu Yaobang|Zhao Ziyang",
    "PRK": "Kim Il Sung|Kim Jong Il|Kim Jong Un",
    "KOR": "Kim Dae-jung|Kim Young-sam|Roh Moo-hyun|Roh Tae-woo|Chun Doo-hwan",
    "JPN": "Shinzo Abe|Junichiro Koizumi",
    "PHL": "Ferdinand Marcos|Fidel Ramos|Joseph Estrada|Corazon Aquino",
    "MYS": "Anwar Ibrahim",
    "IDN": "Abdurrahman Wahid",
    "NIC": "Daniel Ortega|Violeta Chamorro",
    "SLV": "Napoleon Duarte",
    "MEX": "Carlos Salinas|Vicente Fox|Felipe Calderon",
    "BRA": "Henrique Cardoso",
    "USA": "Jimmy Carter|Al Gore|James Baker|Warren Christopher|John Kerry|Condoleezza Rice|"
    "Colin Powell|Madeleine Albright|Hillary Clinton",
    "AUS": "John Howard|Bob Hawke|Paul Keating",
    "NZL": "David Lange|Helen Clark",
    "AFG": "Ahmad Shah Massoud|Mullah Omar|Hamid Karzai",
    "LBN": "Nabih Berri|Rafik Hariri|Michel Aoun",
    "IRQ": "Abu Musab al-Zarqawi|al-Zarqawi|Zarqawi",
    "IMG": "Osama bin Laden|bin Laden|Ayman al-Zawahri|al-Zawahiri",
}


@lru_cache(maxsize=1)
def leaders() -> dict[str, str]:
    """Surname (or the name news uses alone, or a full name) -> country or IGO code."""
    table: dict[str, str] = {}
    for code, names in _BY_COUNTRY.items():
        for name in words(names):
            table.setdefault(name, code)
    for code, full_names in _FULL_NAMES.items():
        for name in full_names.split("|"):
            table.setdefault(name.strip(), code)
    return table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + trie_pattern(leaders()) + r")(?![\w-])")


def leader_country(text: str) -> str | None:
    """The code of the first listed leader named in `text` ("Kim Jong-un" -> PRK)."""
    match = _pattern().search(text)
    return leaders()[match.group(1)] if match else None
