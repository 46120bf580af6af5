import { Button, FileButton, type ButtonProps } from '@mantine/core';
import { useRef } from 'react';

interface FilePickButtonProps extends Pick<ButtonProps, 'variant' | 'fullWidth'> {
  accept: string;
  label: string;
  disabled?: boolean;
  onPick(file: File): void;
  testId: string;
}

/** A button that opens the file picker (on a phone, the gallery); the same file can be picked twice running. */
export function FilePickButton({ accept, label, disabled, onPick, testId, ...button }: FilePickButtonProps) {
  const resetRef = useRef<() => void>(null);
  return (
    <FileButton
      accept={accept}
      resetRef={resetRef}
      disabled={disabled}
      onChange={(file) => {
        resetRef.current?.();
        if (file) onPick(file);
      }}
      inputProps={{ 'data-testid': testId } as object}
    >
      {(props) => (
        <Button {...props} {...button} disabled={disabled}>
          {label}
        </Button>
      )}
    </FileButton>
  );
}
