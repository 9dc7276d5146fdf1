/** A full-width text area for text pasted as is (a note, a reply): line breaks and emojis kept. */
export function PastedTextField(props: {
  label: string;
  name: string;
  rows: number;
  value: string;
  required?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <label className="wide">
      {props.label}
      <textarea
        name={props.name}
        rows={props.rows}
        required={props.required}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
