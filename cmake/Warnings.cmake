# SPDX-License-Identifier: MIT
# Project-wide compile settings, applied to every SalesFlow target through sf_target_defaults().
function(sf_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()
