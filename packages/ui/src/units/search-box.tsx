import { CloseButton, TextInput } from "@mantine/core";

interface SearchBoxProps {
  label: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
}

/** The search input of a list, labelled, clearable; callers debounce what they send to the server. */
export function SearchBox({ label, placeholder, value, onChange }: SearchBoxProps) {
  return (
    <TextInput
      data-testid="search-box"
      label={label}
      placeholder={placeholder}
      type="search"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      rightSection={value ? <CloseButton size="sm" aria-label="×" onClick={() => onChange("")} /> : null}
    />
  );
}
