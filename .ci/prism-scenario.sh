# The requests .ci/prism.sh replays through Prism's validating proxy, in order; it is sourced, not run.
#
#   req STATUS METHOD PATH [curl options]
#       a request the contract should describe in full, and the status the service answers it with
#   invalid STATUS 'VIOLATION' METHOD PATH [curl options]
#       a request that breaks the contract on purpose, so that the service's answer to it is checked; VIOLATION is
#       Prism's exact words for the request's own fault ("<location> <message>", as in its log), and only that one
#       is excused: never a violation of the answer, never an unknown route
#
# $ETAG is the ETag of the answer before; $FILES holds the bodies prism.sh makes (big.txt: 300 KB of text,
# code.zip: index.py defining main_handler, not-a-zip.zip: a line of text).
# Left out, since Prism 5.16.0 cannot pass them on: a browser's GET of a code (Prism follows the 303 to the page); HEAD of a JSON answer (it parses the empty body as JSON and
# answers 500 itself; HEAD is sent for text answers only), a JSON body that does not parse (it never answers), and
# several codes on the path (/codes/433,434: it splits a string path parameter at its commas and reports an array).

# /codes/{status}: JSON and text, English and Chinese, equivalents, conditional requests, CORS
req 200 GET /codes/433
req 304 GET /codes/433 -H 'If-None-Match: '"$ETAG"
req 304 GET /codes/433 -H 'If-None-Match: *'
req 200 GET /codes/433 -H 'Accept: text/plain'
req 200 GET /codes/433 -H 'Accept: text/plain' -H 'Accept-Language: zh'
req 304 GET /codes/433 -H 'Accept: text/plain' -H 'Accept-Language: zh' -H 'If-None-Match: '"$ETAG"
req 200 GET '/codes/433?format=text'
req 200 GET '/codes/433?format=text&lang=zh'
req 200 GET '/codes/433?lang=zh' -H 'X-Request-Id: prism-scenario-1'
req 200 GET '/codes/433?include=equivalents'
req 304 GET '/codes/433?include=equivalents' -H 'If-None-Match: '"$ETAG"
req 200 GET '/codes/433?include=official,retry' -H 'Accept: application/json'
req 200 GET '/codes/433?include=all&format=text'
req 200 GET '/codes/433?include=equivalents&format=text&lang=zh'
req 200 GET /codes/200
req 200 GET /codes/500 -H 'Accept: text/plain'
req 404 GET /codes/431
req 200 GET '/codes?status=434,431'
req 200 GET '/codes?status=434&status=TimeLimitReached&format=text&lang=zh'
req 404 GET /codes/431 -H 'Accept: text/plain' -H 'Accept-Language: zh'
invalid 400 'request.path.status Request path parameter status must match pattern "^[1-5][0-9]{2}(,[1-5][0-9]{2}){0,9}$"' GET /codes/TimeLimitReached
invalid 400 'request.path.status Request path parameter status must match pattern "^[1-5][0-9]{2}(,[1-5][0-9]{2}){0,9}$"' GET /codes/99
invalid 400 'request.path.status Request path parameter status must match pattern "^[1-5][0-9]{2}(,[1-5][0-9]{2}){0,9}$"' GET /codes/600
invalid 400 'request.query.include Request query parameter include must match pattern "^(official|retry|details|equivalents|all)(,(official|retry|details|equivalents|all))*$"' GET '/codes/433?include=everything'
req 406 GET /codes/433 -H 'Accept: application/xml'
invalid 406 'request.query.format Request query parameter format must be equal to one of the allowed values: json, text' GET '/codes/433?format=xml'
req 200 GET /codes/433 -H 'Accept: text/plain' -H 'Accept-Language: fr'
req 200 HEAD /codes/433 -H 'Accept: text/plain'
req 200 HEAD '/codes/433?format=text&lang=zh'
req 200 OPTIONS /codes/433
req 200 OPTIONS /codes/433 -H 'Origin: https://example.org' -H 'Access-Control-Request-Method: GET'
req 200 GET /codes/433 -H 'Origin: https://example.org'

# /codes: the catalog, by name, by words
req 200 GET /codes
req 304 GET /codes -H 'If-None-Match: '"$ETAG"
req 200 GET '/codes?name=InvalidParameterValue'
req 200 GET '/codes?name=%20timelimitreached%20'
req 200 GET '/codes?name=TimeLimitReachd'
req 200 GET '/codes?q=memory'
req 200 GET '/codes?q=%E8%B6%85%E6%97%B6'
req 200 GET '/codes?q=memory' -H 'Accept: text/plain' -H 'Accept-Language: zh'
req 200 GET '/codes?name=TimeLimitReached&format=text&lang=zh'
req 400 GET '/codes?name=TimeLimitReached&q=memory'
req 200 HEAD '/codes?format=text'
req 200 OPTIONS /codes

# /codes/grafana-value-mappings
req 200 GET /codes/grafana-value-mappings
req 304 GET /codes/grafana-value-mappings -H 'If-None-Match: '"$ETAG"
req 200 OPTIONS /codes/grafana-value-mappings
# JSON only: text is not acceptable
req 406 GET /codes/grafana-value-mappings -H 'Accept: text/plain'
# in Chinese, by parameter or header, each language with its own ETag
req 200 GET '/codes/grafana-value-mappings?lang=zh'
req 304 GET '/codes/grafana-value-mappings?lang=zh' -H 'If-None-Match: '"$ETAG"
req 200 GET /codes/grafana-value-mappings -H 'Accept-Language: zh-CN,zh;q=0.9'

# /codes/grafana-value-mappings/rows
req 200 GET /codes/grafana-value-mappings/rows
req 304 GET /codes/grafana-value-mappings/rows -H 'If-None-Match: '"$ETAG"
req 200 GET '/codes/grafana-value-mappings/rows?lang=zh'
req 200 OPTIONS /codes/grafana-value-mappings/rows
req 406 GET /codes/grafana-value-mappings/rows -H 'Accept: text/plain'

# /codes/decode: text and JSON bodies, both languages, and the bodies it refuses
req 200 POST /codes/decode -H 'Content-Type: text/plain' --data-binary 'ERROR RequestId:825d476e Result:{"errorCode":-1,"errorMessage":"Invoking task timed out after 5 seconds","statusCode":433}'
req 200 POST /codes/decode -H 'Content-Type: text/plain' -H 'Accept: text/plain' --data-binary 'ERROR RequestId:825d476e Result:{"errorCode":-1,"errorMessage":"Invoking task timed out after 5 seconds","statusCode":433}'
req 200 POST /codes/decode -H 'Content-Type: text/plain' -H 'Accept: text/plain' -H 'Accept-Language: zh' --data-binary 'SCF_StatusCode: 434'
# as curl sends a file: --data-binary (form-encoded type, the text as it is) and -F
req 200 POST /codes/decode --data-binary 'SCF_StatusCode: 434'
req 200 POST /codes/decode -F 'text=SCF_StatusCode: 434'
req 200 POST /codes/decode -H 'Content-Type: application/json' --data-binary '{"text": "SCF_StatusCode: 434"}'
req 200 POST '/codes/decode?format=text&lang=zh' -H 'Content-Type: application/json' --data-binary '{"text": "User process exit when running"}'
req 200 POST /codes/decode -H 'Content-Type: text/plain' --data-binary '[TencentCloudSDKException] code:ResourceNotFound.Function message:Function not found requestId:0e1f'
req 200 POST /codes/decode -H 'Content-Type: application/json' --data-binary '{"text": "nothing to see here"}'
# Prism takes an empty body for a missing one, though text/plain's schema (a string) allows it
invalid 400 'request Body parameter is required' POST /codes/decode -H 'Content-Type: text/plain' --data-binary ''
invalid 400 'request.body.text Request body property text must be string' POST /codes/decode -H 'Content-Type: application/json' --data-binary '{"text":123}'
invalid 400 "request.body Request body must have required property 'text'" POST /codes/decode -H 'Content-Type: application/json' --data-binary '{}'
req 413 POST /codes/decode -H 'Content-Type: text/plain' --data-binary @"$FILES/big.txt"
req 403 POST /codes/decode -H 'Origin: https://example.org' -H 'Content-Type: application/json' --data-binary '{"text": "SCF_StatusCode: 434"}'
req 403 OPTIONS /codes/decode -H 'Origin: https://example.org' -H 'Access-Control-Request-Method: POST'
req 406 POST /codes/decode -H 'Content-Type: application/json' -H 'Accept: application/xml' --data-binary '{"text": "433"}'
invalid 415 'request Supported content types: application/json,application/x-www-form-urlencoded,multipart/form-data,text/plain' POST /codes/decode -H 'Content-Type: application/xml' --data-binary '<text>433</text>'

# /handler/validate: JSON and a multipart upload
req 200 POST /handler/validate -H 'Content-Type: application/json' --data-binary '{"runtime": "Python3.9", "handler": "index.main_handler"}'
req 200 POST /handler/validate -H 'Content-Type: application/json' --data-binary '{"runtime": "python3.9", "handler": "index.py.main_handler"}'
req 200 POST /handler/validate -H 'Content-Type: application/json' -H 'Accept: text/plain' -H 'Accept-Language: zh' --data-binary '{"runtime": "Python3.9", "handler": "index.py.main_handler"}'
req 200 POST '/handler/validate?format=text' -H 'Content-Type: application/json' --data-binary '{"runtime": "Java11", "handler": "example.Hello::mainHandler", "functionType": "event"}'
req 200 POST /handler/validate -H 'Content-Type: application/json' --data-binary '{"runtime": "Go1", "handler": "main", "functionType": "web"}'
req 400 POST /handler/validate -H 'Content-Type: application/json' --data-binary '{"runtime": "Cobol85", "handler": "index.main_handler"}'
invalid 400 "request.body Request body must have required property 'handler'" POST /handler/validate -H 'Content-Type: application/json' --data-binary '{"runtime": "Python3.9"}'
req 200 POST /handler/validate -F runtime=Python3.9 -F handler=index.main_handler -F package=@"$FILES/code.zip"
req 200 POST /handler/validate -H 'Accept: text/plain' -F runtime=Python3.9 -F handler=src.index.main_handler -F functionType=event -F package=@"$FILES/code.zip"
invalid 415 'request Supported content types: application/json,multipart/form-data' POST /handler/validate -H 'Content-Type: text/plain' --data-binary 'index.main_handler'
req 422 POST /handler/validate -F runtime=Python3.9 -F handler=index.main_handler -F package=@"$FILES/not-a-zip.zip"
req 403 POST /handler/validate -H 'Origin: https://example.org' -H 'Content-Type: application/json' --data-binary '{"runtime": "Python3.9", "handler": "index.main_handler"}'
req 403 POST /handler/validate -H 'Origin: https://example.org' -F runtime=Python3.9 -F handler=index.main_handler -F package=@"$FILES/code.zip"
req 403 OPTIONS /handler/validate -H 'Origin: https://example.org' -H 'Access-Control-Request-Method: POST'
req 200 OPTIONS /handler/validate

# /runtimes
req 200 GET /runtimes
req 304 GET /runtimes -H 'If-None-Match: '"$ETAG"
req 200 GET /runtimes -H 'Accept: text/plain'
req 200 GET '/runtimes?format=text&lang=zh'
req 200 GET /runtimes -H 'Origin: https://example.org'
req 200 OPTIONS /runtimes -H 'Origin: https://example.org' -H 'Access-Control-Request-Method: GET'

# /api-errors and /api-errors/{code}
req 200 GET /api-errors
req 304 GET /api-errors -H 'If-None-Match: '"$ETAG"
req 200 GET '/api-errors?class=LimitExceeded'
req 200 GET '/api-errors?class=limitexceeded&format=text&lang=zh'
req 200 GET '/api-errors?class=NoSuchClass'
req 200 GET '/api-errors?q=memory'
req 200 GET '/api-errors?q=%E8%B6%85%E6%97%B6' -H 'Accept: text/plain' -H 'Accept-Language: zh'
req 200 GET /api-errors/ResourceNotFound.Function
req 304 GET /api-errors/ResourceNotFound.Function -H 'If-None-Match: '"$ETAG"
req 200 GET /api-errors/resourcenotfound.function
req 200 GET /api-errors/InvalidParameterValue.Handler -H 'Accept: text/plain'
req 200 GET '/api-errors/InvalidParameterValue.Handler?format=text&lang=zh'
req 404 GET /api-errors/ResourceNotFound.Functon
req 200 HEAD /api-errors/LimitExceeded.Memory -H 'Accept: text/plain'
req 200 HEAD '/api-errors?class=LimitExceeded&format=text'
req 200 OPTIONS /api-errors
req 200 OPTIONS /api-errors/LimitExceeded.Memory -H 'Origin: https://example.org' -H 'Access-Control-Request-Method: GET'

# /equivalents
req 200 GET /equivalents
req 304 GET /equivalents -H 'If-None-Match: '"$ETAG"
req 200 GET '/equivalents?platform=aws-lambda'
req 200 GET '/equivalents?platform=aws-lambda&error=Runtime.HandlerNotFound'
req 200 GET '/equivalents?platform=alibaba-fc&error=FunctionNotFound'
req 200 GET '/equivalents?error=runtime.handlernotfound'
req 200 GET '/equivalents?platform=cloudbase&format=text&lang=zh'
req 200 GET '/equivalents?platform=aws-lambda' -H 'Accept: text/plain' -H 'Accept-Language: zh'
req 404 GET '/equivalents?error=Runtime.NoSuchError'
invalid 400 'request.query.platform Request query parameter platform must be equal to one of the allowed values: aws-lambda, alibaba-fc, google-cloud-functions, azure-functions, cloudbase' GET '/equivalents?platform=heroku'
req 200 HEAD '/equivalents?platform=cloudbase&format=text'
req 200 OPTIONS /equivalents -H 'Origin: https://example.org' -H 'Access-Control-Request-Method: GET'
