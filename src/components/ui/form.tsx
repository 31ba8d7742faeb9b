import { zodResolver } from '@hookform/resolvers/zod';
import { createContext, useContext, type ComponentProps } from 'react';
import {
  FormProvider,
  useForm,
  type FieldValues,
  type SubmitHandler,
  type UseFormProps,
  type UseFormReturn,
} from 'react-hook-form';
import type * as z from 'zod/v4/core';

/**
 * The one way to build a form: a zod schema is the single truth for what a
 * valid value is, react-hook-form keeps the fields, and the fields in `form-field.tsx` render
 * label, hint and error linked for assistive technology. Works with `zod` and `zod/mini`.
 */

/** A schema whose input is the form's field values, whatever it turns them into. */
type FormSchema = z.$ZodType<unknown, FieldValues>;

/** `useForm` with the schema as resolver; errors show once a field is left, then as the user types. */
export function useZodForm<S extends FormSchema>(
  schema: S,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver'> = {},
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    mode: 'onTouched',
    ...options,
    resolver: zodResolver(schema),
  });
}

/**
 * Turns a schema's issue message into words. Schemas carry keys, not sentences, so an error
 * already on screen follows a language switch.
 */
export type ErrorText = (message: string) => string;

const ErrorTextContext = createContext<ErrorText>((message) => message);

export const useErrorText = (): ErrorText => useContext(ErrorTextContext);

interface FormProps<TInput extends FieldValues, TOutput> extends Omit<ComponentProps<'form'>, 'onSubmit'> {
  form: UseFormReturn<TInput, unknown, TOutput>;
  /** Called with the schema's output once every field is valid; the first invalid field gets focus otherwise. */
  onSubmit?: SubmitHandler<TOutput>;
  errorText?: ErrorText;
}

export function Form<TInput extends FieldValues, TOutput>({
  form,
  onSubmit = () => undefined,
  errorText = (message) => message,
  children,
  ...props
}: FormProps<TInput, TOutput>) {
  return (
    <FormProvider {...form}>
      <ErrorTextContext value={errorText}>
        {/* noValidate: the schema speaks, in the page's language, instead of the browser's bubbles. */}
        <form noValidate {...props} onSubmit={form.handleSubmit(onSubmit)}>
          {children}
        </form>
      </ErrorTextContext>
    </FormProvider>
  );
}
