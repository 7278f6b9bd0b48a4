# Errors about the files Scrutineer reads (ballot files of every service, totals, YAML, Elekto
# folders, rolls) and the checks of form fields: scrutineer-formats. Each says the file, the
# line and the problem. The core's own errors are in errors.ftl.
