import Button from '@cloudscape-design/components/button';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSageMutation } from '../../live/use-sage-mutation';

/** Empties and deletes a scratch bucket after the confirm modal (the contract marks it destructive). */
export function DeleteScratchButton({ bucket }: { bucket: string }) {
  const remove = useSageMutation('backups.deleteScratch', { invalidate: ['backups.overview', 'backups.history'] });
  return (
    <>
      <Button data-testid="backup-delete-scratch" ariaLabel={`Delete scratch bucket ${bucket}`} loading={remove.isPending} onClick={() => void remove.run({ bucket })}>
        Delete scratch bucket
      </Button>
      {remove.error !== undefined && <ErrorNotice error={remove.error} title={`${bucket} was not deleted`} />}
    </>
  );
}
