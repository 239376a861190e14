import { Select, type SelectProps } from 'antd';

/**
 * Ant Design's Select inside a required Form.Item: the form passes aria-required, which the Select
 * puts on its outer <div> (no role allows it; axe counts it critical). The field's label keeps its
 * required mark; the attribute is dropped here.
 */
export function FormSelect<Value>(props: SelectProps<Value> & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  return <Select<Value> {...rest} />;
}
