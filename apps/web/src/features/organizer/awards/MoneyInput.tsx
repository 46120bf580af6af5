import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface MoneyInputProps {
  label: string;
  value: number | '';
  onChange: (value: number | '') => void;
  disabled: boolean;
  error?: string;
  description?: string;
  testId?: string;
}

/** An amount in whole đồng, grouped as the reader writes numbers ("5.000.000 đ" / "5,000,000 VND"). */
export function MoneyInput({
  label,
  value,
  onChange,
  disabled,
  error,
  description,
  testId,
}: MoneyInputProps) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <NumberInput
      label={label}
      description={description}
      min={0}
      max={10_000_000_000}
      step={500_000}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator={english ? ',' : '.'}
      decimalSeparator={english ? '.' : ','}
      suffix={` ${t('awards.rules.currency')}`}
      value={value}
      disabled={disabled}
      onChange={(amount) => onChange(typeof amount === 'number' ? amount : '')}
      error={error}
      data-testid={testId}
    />
  );
}
