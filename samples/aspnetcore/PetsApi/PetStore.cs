using System.Collections.Concurrent;

namespace PetsApi;

/// <summary>The pets, in memory: the sample is about the OpenAPI document, not about storage.</summary>
public sealed class PetStore
{
    private readonly ConcurrentDictionary<int, Pet> pets = new();
    private int lastId;

    public IReadOnlyList<Pet> All() => pets.Values.OrderBy(pet => pet.Id).ToList();

    public Pet? Find(int id) => pets.GetValueOrDefault(id);

    public Pet Add(NewPet pet)
    {
        var added = new Pet(Interlocked.Increment(ref lastId), pet.Name, pet.Species);
        pets[added.Id] = added;
        return added;
    }

    public bool Remove(int id) => pets.TryRemove(id, out _);
}
