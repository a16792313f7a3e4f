NAME = "namespace thing"
