"""A short form joined by a hyphen to a number or a letter is part of a longer name."""

from __future__ import annotations

import figcap


def _genes(text: str) -> dict[str, str]:
    return {m.text: m.label for m in figcap.annotate(text) if m.type == "gene"}


def test_short_form_glued_to_a_number_is_a_longer_name():
    # GNormPlus training sentence (PMID 8551235): "MIP" is defined as the family
    genes = _genes("Mature HCC-1 has sequence identity of 46% with macrophage inflammatory "
                   "protein (MIP)-1 alpha and MIP-1 beta, and 29-37% with the other human CC "
                   "chemokines. Unlike MIP-1 alpha and the other CC chemokines")
    assert (genes["MIP-1 beta"], genes["MIP-1 alpha"]) == ("CCL4", "CCL3")
    genes = _genes("interleukin (IL)-6 and IL-8 induce STAT3 and IL-1alpha")
    assert (genes["IL-8"], genes["IL-1alpha"]) == ("CXCL8", "IL1A")
    genes = _genes("tumor necrosis factor (TNF)-alpha binds TNF-R1")
    assert genes["TNF-R1"] == "TNFRSF1A"


def test_short_form_before_a_hyphenated_word_is_still_the_short_form():
    mentions = figcap.annotate("the scaffold attachment region (SAR) and SAR-bound DNA")
    assert [m.text for m in mentions if m.method == "abbreviation"] == []
    mentions = figcap.annotate("polymorphic Alu insertion (PAI) and PAI-containing alleles")
    assert not any(m.type == "gene" for m in mentions)
    mentions = figcap.annotate("macrophage inflammatory protein (MIP) and MIP-induced")
    assert [m.text for m in mentions if m.method == "abbreviation"] == ["MIP", "MIP"]


def test_definitions_in_square_brackets():
    # GNormPlus training text (PMID 19370769): FRDA is the ataxia there, not FXN's old symbol
    text = ("SCA 12, SCA 17, Friedreich's ataxia [FRDA], and dentatorubral-pallidoluysian "
            "atrophy [DRPLA]) from all over the world. FRDA")
    frda = [m for m in figcap.annotate(text) if m.text == "FRDA"]
    assert [m.type for m in frda] == ["disease", "disease"]
    assert _genes("Mendelian Inheritance in Man [MIM] 604367") == {}


def test_square_brackets_inside_a_chemical_name_do_not_cut_its_long_form():
    mentions = figcap.annotate("exposure to benzo[a]pyrene (B[a]P) induces CYP1A1. B[a]P")
    assert [m.type for m in mentions if m.text == "B[a]P"] == ["chemical", "chemical"]


def test_plural_long_form_naming_no_protein_is_no_gene_symbol():
    # PFOCR captions (PMC5490613, PMC6790360) and GNormPlus (PMID 16339195): the short
    # forms are approved symbols (SSB, APP, NPB), the long forms name things, not proteins
    assert "SSB" not in _genes("interventions for NAFLD. SSB: sugar-sweetened "
                                "beverages; HFCS: high-fructose corn syrup")
    assert _genes("dimethylallyl pyrophosphate (DMAPP) condense to form several allylic "
                  "pyrophosphates (APPs), namely geranyl pyrophosphate") == {}
    assert "NPB" not in _genes("increased frequencies of micronucleated binucleated cell "
                               "(MNed BNC), nucleoplasmic bridges (NPB), nuclear buds (BUD)")
    # a plural long form naming proteins keeps its gene reading; so does a typo'd enzyme
    assert _genes("Toll-like receptors (TLRs) and TLR4") == {"TLR4": "TLR4"}
    assert "ADH" in {m.text for m in figcap.annotate(
        "ALS, α-acetolactate synthase; ADH, alcohol dehydrogenas; PTA, phosphotransacetylase")
        if m.type in ("gene", "family")}


def test_plural_short_form_stands_for_its_singular():
    # GNormPlus training text (PMID 8555498): ALL is the leukemia, not BCR's alias
    mentions = figcap.annotate("translocated in t(4;11)(q21;q23) acute lymphoblastic leukemias "
                               "(ALLs). In t(4;11) ALL, the AF-4 gene at 4q21")
    assert [m.type for m in mentions if m.text == "ALL"] == ["disease"]
    # a number after the singular names one of them
    genes = _genes("the spinocerebellar ataxias (SCAs) include SCA 2 and SCA 3")
    assert (genes.get("SCA 2"), genes.get("SCA 3")) == ("ATXN2", "ATXN3")


def test_peptide_heading_of_one_protein_takes_its_short_forms_alias():
    # NLM-Gene training texts (PMIDs 27470968, 16573830) and a PFOCR caption (PMC2657539)
    assert _genes("programmed death ligand 1 (PD-L1) binds PD-1")["PD-L1"] == "CD274"
    assert _genes("the receptor for advanced glycation end products (RAGE)")["RAGE"] == "AGER"
    # a short acronym of letters and a class heading keep the chemical reading
    assert "HPL" not in _genes("PXG, peroxygenase; HPL, hydroperoxide lyase; AOS, allene")
    assert "IRF" not in _genes("Interferon regulatory factor (IRF) family")


def test_a_numbered_enzyme_long_form_that_the_gene_is_not_drops_the_gene():
    # Cut from PFOCR captions (PMC5460890, PMC6589721, PMC6113216, PMC6367269).
    def genes(text):
        return {(m.text, m.label) for m in figcap.annotate(text) if m.type == "gene"}

    assert not genes("IPP2 (Isopentenyl pyrophosphate:dimethylallyl pyrophosphate isomerase 2)")
    assert not genes("SA is made by isochorismate synthase 1 (ICS1) in plastids")
    # the gene has the enzyme word among its names: kept
    assert ("ALK5", "TGFBR1") in genes("binding to activin-like kinase 5 (ALK5) receptors")
    assert ("GSNOR", "ADH5") in genes("denitrosylated by GSNO reductase (GSNOR)")


def test_a_glossary_entry_naming_an_enzyme_the_gene_is_not_drops_the_gene():
    # Cut from PFOCR legends (PMC5172369, PMC3552043) and a list (PMC2669958).
    def genes(text):
        return {(m.text, m.label) for m in figcap.annotate(text) if m.type == "gene"}

    yeast = "LPD1: dihydrolipoyl dehydrogenase, LEU2: 3-isopropylmalate dehydrogenase, ILV1:"
    assert not any(t == "LEU2" for t, _l in genes(yeast))  # not DLEU2
    mia = "TDC, tryptophan decarboxylase; STS, strictosidine synthase; Glc, glucose."
    assert not any(t == "STS" for t, _l in genes(mia))  # not steroid sulfatase
    # a list is no glossary: mdm2 stays MDM2 before "Akt and MAP kinases"
    listed = "regulation of cell survival (i.e., mdm2, Akt and MAP kinases). Thus"
    assert ("mdm2", "MDM2") in genes(listed)
    listed = "sphingomyelinases, SMases, ceramidases, ASAH, sphingosine kinases, for the"
    assert ("ASAH", "ASAH1") in genes(listed)


def test_long_form_does_not_reach_back_over_a_line_break():
    # GNormPlus training text (PMID 9410898): a title ending in "expression." and an
    # abstract opening with a definition; "PAP" is the disease, not REG3A's alias
    text = ("GM-CSF/IL-3/IL-5 receptor common beta chain expression.\nPulmonary alveolar "
            "proteinosis (PAP) is a heterogeneous disorder. PAP patients")
    mentions = figcap.annotate(text)
    assert not any("\n" in m.text for m in mentions)
    assert [m.type for m in mentions if m.text == "PAP"] == ["disease", "disease"]


def test_part_of_a_short_form_defined_as_no_protein_is_no_gene():
    # GNormPlus training text (PMIDs 19896957, 16339195)
    assert _genes("Extremely low frequency electromagnetic fields (ELF-EMFs) were reported "
                  "to affect DNA integrity. ELF-EMFs") == {}
    assert "BNC" not in _genes("frequencies of micronucleated binucleated cell (MNed BNC), "
                               "nucleoplasmic bridges (NPB). MNed BNC")


def test_short_form_of_a_domain_is_no_gene():
    # GNormPlus training text (PMID 10715554): ECD is also an approved symbol
    assert _genes("antibodies were made against the hFSH-R's extracellular domain (ECD) "
                  "expressed in insect cells. The ECD") == {}


def test_plural_short_form_of_a_plural_long_form_names_a_class():
    # GNormPlus training text (PMIDs 7729684, 9215637): CKI and SOC are aliases of CHKA and
    # UBXN11, which "Cdk inhibitors" and "store-operated channels" do not describe
    assert "CHKA" not in _genes(
        "whereas Cdk inhibitors (CKIs) inhibit proliferation. We describe a new CKI, p57KIP2, "
        "which is related to p21CIP1 and p27KIP1.").values()
    assert _genes("is the founding member of a family of store-operated channels (SOCs) "
                  "conserved from C. elegans to humans. In vitro studies indicate that TRP is "
                  "a SOC") == {}
    # a long form that describes the alias's gene keeps it (PMID 8755601)
    assert _genes("the presence of kappa opioid receptors (KORs) in human fetal microglia and "
                  "cultures treated with KOR ligands").get("KOR") == "OPRK1"


def test_alias_of_a_gene_the_long_form_does_not_describe_is_no_gene():
    # GNormPlus training text (PMID 8504797): ETF is also an alias of TEAD2
    genes = _genes("encodes the entire beta-subunit of human electron-transferring flavoprotein "
                   "(ETF) by screening an expression library using antibodies against porcine ETF.")
    assert "TEAD2" not in genes.values()
    # NLM-Gene training text (PMID 27707793): CTX is also an alias of CYP27A1
    assert "CYP27A1" not in _genes("progenitors during cardiotoxin (CTX)-induced muscle "
                                   "injury").values()
    # a long form with a word of the gene's names keeps the alias's gene
    assert _genes("Parathyroid hormone-related protein (PTHrP) is secreted. PTHrP binds.") \
        == {"Parathyroid hormone-related protein": "PTHLH", "PTHrP": "PTHLH"}


def test_head_word_after_a_defined_short_form_continues_the_name():
    # GNormPlus training text (PMID 9346890)
    genes = _genes("Hepatocyte growth factor (HGF) activator is a serine protease responsible for "
                   "proteolytic activation of HGF in response to tissue injury.")
    assert genes.get("Hepatocyte growth factor (HGF) activator") == "HGFAC"
    assert genes.get("HGF") == "HGF"


def test_a_head_word_after_a_short_form_in_roman_numerals():
    # GNormPlus training text (PMID 10226785): "IGF-I" defines "insulin-like growth factor-1"
    genes = _genes("The IRR shares large homology with the insulin and the insulin-like growth "
                   "factor-1 (IGF-I) receptor with regard to amino acid sequence")
    assert genes.get("insulin-like growth factor-1 (IGF-I) receptor") == "IGF1R"


def test_a_plural_inside_a_chemical_long_form_still_names_the_chemical():
    # PFOCR PMC1304888 (a figure figcap's demo shows): "glyceraldehydes-3-phosphate"
    got = {(m.text, m.type, m.label) for m in figcap.annotate(
        "GAP, glyceraldehydes-3-phosphate; DHAP, dihydroxy acetone phosphate")}
    assert ("GAP", "chemical", "Glyceraldehyde 3-Phosphate") in got
    assert ("glyceraldehydes-3-phosphate", "chemical", "Glyceraldehyde 3-Phosphate") in got


def test_a_lyase_long_form_drops_the_alias_gene():
    # PFOCR PMC3539902: "PFL, pyruvate formate-lyase" is no PFN2 (profilin 2's alias PFL)
    got = {(m.text, m.label) for m in figcap.annotate(
        "PEPC, phosphoenolpyruvate carboxylase; PFL, pyruvate formate-lyase; PFR") if m.type == "gene"}
    assert not any(label == "PFN2" for _t, label in got)


def test_long_form_naming_no_protein_takes_a_previous_symbol_from_its_short_form():
    # NLM-Gene training sentences (PMIDs 26476672, 27103577, 24321498): AMD, MRS and SNL are
    # previous symbols of AMD1P2, DEFA1 and FSCN1; the long forms name a disease, a method
    # and a surgery, and neither they nor their short forms are those genes
    assert _genes("canonical Wnt pathway plays a role in the retinal lesion of age-related "
                  "macular degeneration (AMD), a leading cause of irreversible central "
                  "visual loss") == {}
    assert _genes("energetics were measured using (31)P magnetic resonance spectroscopy "
                  "(MRS), and glycolysis") == {}
    assert "SNL" not in _genes("L5 spinal nerve ligation (SNL) was performed in wild type "
                               "mice. SNL")
    # a protein word after the bracket makes the long form a protein's name (GNormPlus,
    # PMID 1281549); "genes" after it do not: "mismatch repair (MMR) genes" (PMID 19224586)
    assert _genes("conserved in VH1 and the VH1-related (VHR) human protein")["VHR"] == "DUSP3"
    assert "MMR" not in _genes("techniques have been developed to screen mismatch repair "
                               "(MMR) genes for deleterious mutations")
    # a long form with a word of the gene's own names keeps its short form's reading
    assert _genes("phosphatase and tensin homolog (PTEN) and ataxia telangiectasia mutated "
                  "(ATM)") == {"phosphatase and tensin homolog": "PTEN", "PTEN": "PTEN",
                               "ataxia telangiectasia mutated": "ATM", "ATM": "ATM"}


def test_long_form_with_a_disease_takes_an_approved_symbol_from_its_short_form():
    # GNormPlus training text (PMID 18000905): CPO is carboxypeptidase O's symbol, but the
    # long form is a phenotype whose disease figcap reads, and has none of the gene's words
    text = ("differences in the prevalence of cleft lip +/- cleft palate (CL/P), and cleft "
            "palate only (CPO), among different geographic areas. Included were 1,745 CPO "
            "cases")
    assert "CPO" not in _genes(text)
    assert "cleft palate" in {m.text for m in figcap.annotate(text) if m.type == "disease"}
    # a short form with a digit names the locus too, and the gene later (NLM-Gene, PMID
    # 27860245)
    assert _genes("Niemann-Pick disease, type C1 (Npc1), is an atypical lysosomal storage "
                  "disorder caused by mutations in Npc1 gene.").get("Npc1") == "NPC1"


def test_undefined_acronym_of_an_ncbi_synonym_is_no_gene():
    # NLM-Gene training text (PMID 28230861): OGD is FGFR1's NCBI synonym, here a treatment
    genes = _genes("Oligodendrocytes necroptosis was induced by oxygen-glucose deprivation plus "
                   "caspase inhibitor zVAD treatment (OGD/zVAD) in vitro. We found that OGD/zVAD "
                   "treatment upregulates the expression of RIPK3")
    assert genes == {"RIPK3": "RIPK3"}
    # PFOCR captions (PMC4056054 and others): TIL and CAFs are cells, not TLR1 and KAT2B
    genes = _genes("TIL activated by co-culture with M38 melanoma upregulate interferon "
                   "signalling pathways. The MAPK pathway in CAFs")
    assert "TIL" not in genes and "CAFs" not in genes
    # an acronym that begins its gene's symbol still names it (NLM-Gene, PMID 29470556)
    assert _genes("polymorphisms in IL10, APOL1, HLAA, IL1B") \
        == {"IL10": "IL10", "APOL1": "APOL1", "HLAA": "HLA-A", "IL1B": "IL1B"}
    # and so does an acronym the text defines, in every use
    assert _genes("Malate dehydrogenase (MDH) converts malate. MDH") \
        == {"Malate dehydrogenase": "MDH2", "MDH": "MDH2"}


def test_a_gene_named_by_its_name_and_symbol_is_no_syndrome():
    # PFOCR PMC5046039: "adenomatous polyposis coli" is a MeSH disease and APC's name; with
    # the approved symbol after it, the caption names the gene
    genes = _genes("β catenin can form a complex with GSK3β, adenomatous polyposis coli (APC), "
                   "and axin that leads to its degradation. APC")
    assert genes.get("adenomatous polyposis coli") == "APC" and genes.get("APC") == "APC"
    # a long form that is the disease only stays the disease (BC5CDR style)
    mentions = figcap.annotate("patients with familial adenomatous polyposis (FAP) and FAP")
    assert {m.type for m in mentions if m.text == "FAP"} == {"disease"}


def test_acronyms_of_processes_and_complexes_are_no_genes():
    # PFOCR PMC2398704, PMC3185727, PMC5344902: IIS, TOR, RISC and IRF are signalling
    # systems, a complex and a class, not the genes SCGB1D4, RORC, SCPEP1 and TRIM63
    genes = _genes("a density of IIS/TOR pathway components. The guide RNA is incorporated "
                   "into RISC. MyD88 can activate IRF and NF-κB pathways")
    assert set(genes) == {"MyD88"}


def test_ach_is_acetylcholine():
    # PFOCR PMC5114830: FGFR3's old symbol ACH took "ACh" when the caption did not define it
    mentions = figcap.annotate("closed: no neuromuscular-stimulated ACh release")
    assert [(m.text, m.type, m.label) for m in mentions] == [("ACh", "chemical", "Acetylcholine")]


def test_a_gene_name_that_goes_on_after_its_bracketed_short_form():
    # PMC4758546__10.1038_jcbfm.2015.116-fig1 (cut): TFPI, not the tissue factor F3
    genes = _genes("Endothelial cells also synthesize tissue factor (TF) pathway inhibitor and "
                   "participates in fibrinolysis")
    assert genes.get("tissue factor (TF) pathway inhibitor") == "TFPI"
    assert "tissue factor" not in genes
    # GNormPlus training sentence (PMID 9766636)
    genes = _genes("in colony-forming assays using granulocyte (G-) and granulocyte-macrophage "
                   "(GM-) colony-stimulating factor (CSF). IFI 16 was expressed")
    assert "CSF2" in genes.values()
    # not into a hyphenated word: "LDL-receptor-related proteins" are no LDLR
    # (PMC6252103__BJBMS-18-297-g001, cut)
    genes = _genes("Frizzled (FZD) cell-surface receptors and low density lipoprotein "
                   "(LDL)-receptor-related proteins 5 and 6 (LRP5 and LRP6) leads to")
    assert "LDLR" not in genes.values()


def test_viral_proteins_are_no_human_genes():
    # PFOCR PMC4303147 (Epstein-Barr virus LMP1) and PMC3690811 (rotavirus NSP4): NCBI lists
    # LMP1 for PDLIM7 and NSP4 for PRSS57
    assert _genes("Dominant negative LMP1 inhibits proliferation of CAEBV T cells. "
                  "Nonstructural protein 4 (NSP4, red triangle) and virus particles") == {}


def test_a_long_form_with_none_of_a_familys_words_is_no_family():
    def families(text):
        return {m.text: m.identifiers[0] for m in figcap.annotate(text) if m.type == "family"}

    # PMC2546860: a glycolysis glossary; PMC4154836: the mitochondrial membrane potential;
    # PMC5536362: a surgical model. None is GTPase-activating protein, a matrix
    # metalloproteinase or FamPlex's TAC
    assert families("FBP, fructose-1,6-bisphosphate; GAP, glyceraldehyde phosphate; Pi, "
                    "inorganic phosphate.") == {}
    assert families("the loss of mitochondrial membrane potential (MMP). Subsequently, the "
                    "release of cytochrome c") == {}
    assert families("Transverse aortic constriction (TAC), organ harvest at study end") == {}
    # a long form with the family's words, or ending in a disease, keeps the family
    # (PMC5793162): the disease would otherwise take the short form
    assert families("activated rat sarcoma viral oncogene homolog (RAS), rapidly accelerated "
                    "fibrosarcoma (RAF)/extracellular signal-regulated kinase (ERK)")["RAF"] \
        == "FPLX:RAF"
    assert families("matrix metalloproteinases (MMPs) degrade collagen")["MMPs"] == "FPLX:MMP"


def test_a_glossary_enzyme_after_its_substrate_is_no_old_symbol():
    # PMC1304888: "ALD, fructose 1,6-diphosphate aldolase" is the aldolase, not ABCD1,
    # whose old symbol ALD is
    found = {m.text: m.label for m in figcap.annotate(
        "PFK, phosphofructokinase; ALD, fructose 1,6-diphosphate aldolase; TPI, triose "
        "phosphate isomerase")}
    assert found.get("ALD") != "ABCD1" and found["aldolase"] == "ALDO"


def test_a_dash_glossary_entry_names_the_enzyme_and_software_is_no_gene():
    # PMC5821452: CAT is carnitine acetyltransferase there, not catalase, and the long form
    # does not take in its short form across the dash; BLAST (a program) is no CD48
    mentions = figcap.annotate("ALC—acetyl L-carnitine, Asp—aspartate, CAT—Carnitine "
                               "acetyltransferase, CoASH—reduced co-enzyme A. Genes were "
                               "identified by similarity search using BLAST.")
    assert not [m for m in mentions if "—" in m.text]
    labels = {m.text: m.label for m in mentions}
    assert labels.get("CAT") != "CAT" and "BLAST" not in labels


def test_an_en_dash_between_names_ends_a_long_form_but_not_between_numbers():
    # PFOCR captions: "Janus kinase (JAK)–signal transducer and activator of transcription
    # (STAT)" names two things; "2′–5′-oligoadenylate synthetase 1 (OAS1)" one
    found = {m.text: m.identifiers[0] for m in figcap.annotate(
        "Janus kinase (JAK)–signal transducer and activator of transcription (STAT) "
        "signaling and 2′–5′-oligoadenylate synthetase 1 (OAS1) induction")}
    assert found["signal transducer and activator of transcription"] == "FPLX:STAT"
    assert "2′–5′-oligoadenylate synthetase 1" in found
    assert not [t for t in found if t.startswith(("JAK)", "5′"))]
