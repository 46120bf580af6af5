import type { WizardField, WizardForm } from './wizard-form';

export interface WizardStepProps {
  form: WizardForm;
  update: <K extends keyof WizardForm>(key: K, value: WizardForm[K]) => void;
  errorFor: (field: WizardField) => string | undefined;
}
