/**
 * What a component does once a mutation succeeded (toast, close, navigate). Each mutation's options
 * run it where its cache work needs it: before refetching when the page is about to leave (a
 * deleted or created thing), after when the page stays and should show the change at once.
 */
export type Then<TData, TVariables> = (data: TData, variables: TVariables) => unknown;
