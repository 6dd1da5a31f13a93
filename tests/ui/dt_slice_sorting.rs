//@ run-pass
//@ spec: 11.7 11.8
// Insertion sort, selection sort and a merge of two sorted halves, all on &mut [i32] slices.
fn insertion_sort(a: &mut [i32]) {
    for i in 1..a.len() {
        let key = a[i];
        let mut j = i;
        while j > 0 && a[j - 1] > key {
            a[j] = a[j - 1];
            j -= 1;
        }
        a[j] = key;
    }
}

fn selection_sort_desc(a: &mut [i32]) {
    let n = a.len();
    for i in 0..n {
        let mut best = i;
        for j in i + 1..n {
            if a[j] > a[best] { best = j; }
        }
        let t = a[i];
        a[i] = a[best];
        a[best] = t;
    }
}

fn merge(left: &[i32], right: &[i32], out: &mut [i32]) {
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if left[i] <= right[j] { out[k] = left[i]; i += 1; } else { out[k] = right[j]; j += 1; }
        k += 1;
    }
    for &x in &left[i..] { out[k] = x; k += 1; }
    for &x in &right[j..] { out[k] = x; k += 1; }
}

fn is_sorted(a: &[i32]) -> bool {
    for i in 1..a.len() {
        if a[i - 1] > a[i] { return false; }
    }
    true
}

fn main() {
    let mut data = [38, -7, 12, 0, 99, 12, -45, 3, 61, 8];
    println!("before: {:?} sorted={}", data, is_sorted(&data));
    insertion_sort(&mut data[..5]);
    insertion_sort(&mut data[5..]);
    println!("halves: {:?}", data);
    let mut merged = [0; 10];
    merge(&data[..5], &data[5..], &mut merged);
    println!("merged: {:?} sorted={}", merged, is_sorted(&merged));
    selection_sort_desc(&mut merged[2..8]);
    println!("middle desc: {:?}", merged);
    let empty: [i32; 0] = [];
    insertion_sort(&mut merged[3..3]);
    println!("empty sorted: {} {}", is_sorted(&empty), empty.is_empty());
    let mut one = [42];
    selection_sort_desc(&mut one);
    println!("{:?} {}", one, one.len());
}
