// libxlsxwriter (Debian libxlsxwriter-dev, BSD-2-Clause): only Reporting's
// XLSXWorkbook.swift calls it.
#include <xlsxwriter.h>
