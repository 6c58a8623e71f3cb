"""stub"""
from spacy.language import Language
from newsledger.extensions import register_extensions
@Language.factory("newsledger_entities")
def make_entities(nlp, name):
    register_extensions()
    def f(doc):
        doc._.nl_entities = []
        return doc
    return f
def entities_from_doc(doc):
    return []
