import { propertiesOfPart, unescapeXml } from "../../src/cli/addin-parts";

describe("reading the properties of a webextension part", () => {
  it("decodes the XML escapes Excel writes in attribute values", () => {
    expect(
      unescapeXml("{&quot;method&quot;:&quot;binario&quot;,&quot;n&quot;:&quot;R&amp;S &lt;1&gt; &#39;x&#x27;&quot;}")
    ).toBe(`{"method":"binario","n":"R&S <1> 'x'"}`);
  });

  it("finds properties whatever the prefix, the attribute order and the quotes", () => {
    const xml =
      `<we:webextension xmlns:we="x"><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>` +
      `<we:property value='{"method":"binario","sheets":["Piano > 2019"]}' name='alberoPerformance.impostazioni'/></we:properties></we:webextension>` +
      `<p:property name="altro" value="&quot;a&quot;"></p:property>`;
    const props = propertiesOfPart(xml);
    expect(props.get("alberoPerformance.impostazioni")).toBe(`{"method":"binario","sheets":["Piano > 2019"]}`);
    expect(props.get("Office.AutoShowTaskpaneWithDocument")).toBe("true");
    expect(props.get("altro")).toBe(`"a"`);
  });
});
