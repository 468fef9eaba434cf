# Compile options shared by every target of ours (never by third-party code).
function(tierwise_target_options target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS)
    if(MSVC)
        # Windows builds (installer/windows/README.md): the sources are UTF-8 without a BOM.
        target_compile_options(${target} PRIVATE /W4 /utf-8 /permissive-)
        if(TIERWISE_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
        return()
    endif()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(TIERWISE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
