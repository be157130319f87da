# Precompiled Qt headers for the three libraries: most of a translation unit's compile time is
# spent parsing Qt's headers, and the 2-core CI machine builds everything from scratch.
# -DFIELDDESK_PCH=OFF builds without them (e.g. to check that every file includes what it uses).
option(FIELDDESK_PCH "Precompile the Qt headers of the libraries" ON)

function(fielddesk_precompile target)
    if(NOT FIELDDESK_PCH)
        return()
    endif()
    target_precompile_headers(${target} PRIVATE ${ARGN})
endfunction()
