import { describe, expect, it } from 'vitest';
import { VelocityError, mappingVariables, renderTemplate, selectJsonPath } from '../../../electron/sandbox/services/apigateway/velocity';

function render(template: string, body = '', extra: Partial<Parameters<typeof mappingVariables>[0]> = {}): string {
  return renderTemplate(
    template,
    mappingVariables({
      input: { body, params: { path: { id: '42' }, querystring: { q: 'churn' }, header: { 'Content-Type': 'application/json' } } },
      context: { requestId: 'req-1', stage: 'prod', httpMethod: 'POST', resourcePath: '/predict', identity: { sourceIp: '127.0.0.1' }, error: { message: 'Invalid request body', validationErrorString: '[x]' } },
      stageVariables: { endpointName: 'churn-prod' },
      ...extra,
    }),
  );
}

describe('API Gateway Velocity templates', () => {
  it("passes the body through with $input.json('$') and selects parts of it", () => {
    const body = '{"instances":[[1,2],[3,4]],"meta":{"name":"a \\"b\\""}}';
    expect(JSON.parse(render("$input.json('$')", body))).toEqual(JSON.parse(body));
    expect(render("$input.json('$.instances[1]')", body)).toBe('[3,4]');
    expect(render("$input.json('$.meta.name')", body)).toBe('"a \\"b\\""');
    expect(render("$input.json('$.instances[*][0]')", body)).toBe('[1,3]');
    expect(render("$input.json('$')", '')).toBe('{}');
  });

  it('iterates $input.path results with #foreach and $foreach.hasNext', () => {
    const template = [
      '#set($rows = $input.path(\'$.instances\'))',
      '{"rows": [',
      '#foreach($row in $rows)',
      '  "$row.get(0)-$row.size()"#if($foreach.hasNext),#end',
      '#end',
      '], "count": $rows.size()}',
    ].join('\n');
    const out = render(template, '{"instances":[[1,2],[3,4,5]]}');
    expect(JSON.parse(out)).toEqual({ rows: ['1-2', '3-3'], count: 2 });
  });

  it('reads params, context, stage variables and util functions', () => {
    expect(render("$input.params('id') $input.params('q') $input.params('content-type') [$input.params('none')]")).toBe('42 churn application/json []');
    expect(render('$input.params().querystring.get(\'q\') $input.params().path.id')).toBe('churn 42');
    expect(render('$context.requestId $context.stage $context.httpMethod $context.resourcePath $context.identity.sourceIp')).toBe('req-1 prod POST /predict 127.0.0.1');
    expect(render('${stageVariables.endpointName}/x')).toBe('churn-prod/x');
    expect(render('$util.escapeJavaScript("it\'s \\"q\\"")')).toBe("it\\'s \\\"q\\\"");
    expect(render('$util.escapeJavaScript($input.body)', 'a\nb/é')).toBe('a\\nb\\/\\u00E9');
    expect(render('#set($o = $util.parseJson($input.body))$o.a.b', '{"a":{"b":7}}')).toBe('7');
    expect(render('$util.base64Encode("hi there") $util.base64Decode("aGk=")')).toBe('aGkgdGhlcmU= hi');
    expect(render('$util.urlEncode("a b&c") $util.urlDecode("a+b%26c")')).toBe('a+b%26c a b&c');
  });

  it('evaluates #if/#elseif/#else with comparisons and logic', () => {
    const template = '#set($n = $input.path(\'$.n\'))#if($n > 10 && !($n == 99))big#elseif($n >= 5 || $n == -1)mid#{else}small#end';
    expect(render(template, '{"n":20}')).toBe('big');
    expect(render(template, '{"n":99}')).toBe('mid');
    expect(render(template, '{"n":3}')).toBe('small');
    expect(render(template, '{"n":5}')).toBe('mid');
    expect(render(template, '{"n":-1}')).toBe('mid');
    expect(render('#if($input.params(\'q\') == "churn" and $input.body.contains("x"))yes#end', 'xx')).toBe('yes');
    expect(render('#if($missing)a#{else}b#end')).toBe('b');
    expect(render('{"statusCode": #if($input.params(\'id\') == "42")404#{else}200#end}')).toBe('{"statusCode": 404}');
  });

  it('writes an unknown reference as typed unless quiet, and skips comments', () => {
    expect(render('$nothing.here-$!nothing-$!{nothing}')).toBe('$nothing.here--');
    expect(render('a## line comment\nb#* block\ncomment *#c')).toBe('abc');
    expect(render('price: \\$5 #notadirective $')).toBe('price: $5 #notadirective $');
  });

  it('supports lists, maps, ranges, string methods and #set into maps', () => {
    expect(render('#set($m = {"a": 1})#set($m.b = 2)$m.size() $m.keySet() $m')).toBe('2 [a, b] {a=1, b=2}');
    expect(render('#foreach($i in [1..3])$i#end #foreach($i in [3..1])$i#end')).toBe('123 321');
    expect(render('#set($l = [])#set($ok = $l.add("x"))$l.contains("x") $l.isEmpty()')).toBe('true false');
    expect(render('#set($s = "Churn-Prod")$s.toLowerCase() $s.length() $s.substring(0, 5) $s.replace("-", "_") $s.split("-").size()')).toBe('churn-prod 10 Churn Churn_Prod 2');
    expect(render('#set($x = "a")#set($x = $nothing)$x')).toBe('a');
    expect(render('#set($n = 7 / 2)$n #set($f = 7 / 2.5)$f')).toBe('3 2.8');
  });

  it('strips the lines that hold only a directive', () => {
    const template = '{\n  #set($a = 1)\n  "a": $a\n  #if(true)\n  ,"b": 2\n  #end\n}';
    expect(render(template)).toBe('{\n  "a": 1\n  ,"b": 2\n}');
  });

  it('names the line and column of a template error', () => {
    expect(() => render('ok\n#if($a == )x#end')).toThrow(VelocityError);
    expect(() => render('ok\n#if($a == )x#end')).toThrow(/line 2, column 11/);
    expect(() => render('#foreach($x in [1,2])')).toThrow(/#foreach is not closed with #end at line 1, column 1/);
    expect(() => render('a\n  #end')).toThrow(/#end without a matching #if or #foreach at line 2, column 3/);
    expect(() => render('#set($x = "open)')).toThrow(/string is not closed at line 1, column 11/);
    expect(() => render("$input.json('$.a')", '{not json')).toThrow(/\$input\.json\('\$\.a'\) failed: the payload is not valid JSON at line 1, column 1/);
  });

  it("stops #foreach at API Gateway's 1,000 iterations", () => {
    expect(render('#foreach($i in [1..1000])#end$i')).toBe('1000');
    expect(() => render('#foreach($i in [1..1001])#end')).toThrow(/more than 1000 iterations/);
  });

  it('selects with the JSONPath subset', () => {
    const doc = { a: { 'b c': [10, 20, { d: true }] } };
    expect(selectJsonPath(doc, "$.a['b c'][2].d")).toBe(true);
    expect(selectJsonPath(doc, "$.a['b c'][-1]")).toEqual({ d: true });
    expect(selectJsonPath(doc, '$.a.*')).toEqual([[10, 20, { d: true }]]);
    expect(selectJsonPath(doc, '$.missing')).toBeUndefined();
    expect(() => selectJsonPath(doc, 'a.b')).toThrow(/must start with \$/);
  });
});
