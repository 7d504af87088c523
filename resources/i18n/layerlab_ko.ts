<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인자</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 표시하고 종료합니다</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인자 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인자가 필요합니다: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인자: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (%(choices)s 중에서 고르세요)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>잘못된 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>인자 하나가 필요합니다</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s은(는) %(matches)s 중 어느 것과도 맞을 수 있습니다</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>Show the technical details (for a bug report)</source>
        <translation>기술적인 세부 정보를 보여 줍니다(버그 보고용)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>catalog.data</name>
    <message>
        <source>samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <source>add x1², x2²</source>
        <translation>x1², x2² 추가</translation>
    </message>
    <message>
        <source>Derived features, as in TensorFlow Playground.</source>
        <translation>TensorFlow Playground처럼 파생 특성을 더합니다.</translation>
    </message>
    <message>
        <source>add x1·x2</source>
        <translation>x1·x2 추가</translation>
    </message>
    <message>
        <source>add sin x1, sin x2</source>
        <translation>sin x1, sin x2 추가</translation>
    </message>
    <message>
        <source>task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>The folder with one sub-folder per class; saved relative to the experiment.</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더입니다. 실험 파일 기준 상대 경로로 저장됩니다.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>The file; saved relative to the experiment.</source>
        <translation>데이터 파일입니다. 실험 파일 기준 상대 경로로 저장됩니다.</translation>
    </message>
    <message>
        <source>CSV / TSV file</source>
        <translation>CSV / TSV 파일</translation>
    </message>
    <message>
        <source>Your own table: one row per sample, a target column and feature columns.</source>
        <translation>직접 준비한 표: 한 행이 샘플 하나이고, 타깃 열 하나와 특성 열들로 이루어집니다.</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>구분자</translation>
    </message>
    <message>
        <source>text encoding</source>
        <translation>텍스트 인코딩</translation>
    </message>
    <message>
        <source>target column</source>
        <translation>타깃 열</translation>
    </message>
    <message>
        <source>Empty: the last column.</source>
        <translation>비워 두면 마지막 열을 씁니다.</translation>
    </message>
    <message>
        <source>feature columns</source>
        <translation>특성 열</translation>
    </message>
    <message>
        <source>Empty: every column but the target. Text columns are one-hot encoded.</source>
        <translation>비워 두면 타깃을 뺀 모든 열을 씁니다. 텍스트 열은 원-핫 인코딩합니다.</translation>
    </message>
    <message>
        <source>missing values</source>
        <translation>빠진 값</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>불러오기 방식</translation>
    </message>
    <message>
        <source>NumPy .npz file</source>
        <translation>NumPy .npz 파일</translation>
    </message>
    <message>
        <source>Named arrays: the inputs (one row per sample) and the targets.</source>
        <translation>이름 붙은 배열: 입력(한 행이 샘플 하나)과 타깃입니다.</translation>
    </message>
    <message>
        <source>inputs array</source>
        <translation>입력 배열</translation>
    </message>
    <message>
        <source>targets array</source>
        <translation>타깃 배열</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>이미지 폴더</translation>
    </message>
    <message>
        <source>One sub-folder per class; decoded and resized as Keras&apos; image_dataset_from_directory does, kept in memory or streamed batch by batch through tf.data.</source>
        <translation>클래스마다 하위 폴더가 하나씩 있습니다. Keras의 image_dataset_from_directory처럼 디코딩하고 크기를 맞추며, 메모리에 올리거나 tf.data로 배치 단위로 스트리밍합니다.</translation>
    </message>
    <message>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>Resize to this height; 0 keeps the images&apos; own size (all must match).</source>
        <translation>이 높이로 크기를 바꿉니다. 0이면 이미지 원래 크기를 씁니다(모두 같아야 합니다).</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>0: as the images.</source>
        <translation>0이면 이미지 그대로입니다.</translation>
    </message>
    <message>
        <source>colour mode</source>
        <translation>색상 모드</translation>
    </message>
    <message>
        <source>unreadable images</source>
        <translation>읽을 수 없는 이미지</translation>
    </message>
    <message>
        <source>train on {count} per class</source>
        <translation>클래스당 {count}개로 학습</translation>
    </message>
    <message>
        <source>even or odd</source>
        <translation>짝수/홀수</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Every digit.</source>
        <translation>모든 숫자입니다.</translation>
    </message>
    <message>
        <source>0-4 only</source>
        <translation>0-4만</translation>
    </message>
    <message>
        <source>The first five digits (a transfer lesson&apos;s base).</source>
        <translation>앞의 다섯 숫자입니다(전이 학습 레슨의 기반 모델용).</translation>
    </message>
    <message>
        <source>5-9 only</source>
        <translation>5-9만</translation>
    </message>
    <message>
        <source>The last five digits, numbered 0-4 as classes.</source>
        <translation>뒤의 다섯 숫자입니다. 클래스 번호는 0-4로 매깁니다.</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>which digit</source>
        <translation>어떤 숫자인지</translation>
    </message>
    <message>
        <source>One class per digit.</source>
        <translation>숫자마다 클래스 하나입니다.</translation>
    </message>
    <message>
        <source>Two classes: a different task on the same images.</source>
        <translation>클래스 두 개: 같은 이미지로 하는 다른 작업입니다.</translation>
    </message>
    <message>
        <source>training samples per class</source>
        <translation>클래스당 학습 샘플 수</translation>
    </message>
    <message>
        <source>Train on only this many samples of each class (drawn at random from the training split; validation and test stay whole); 0 trains on all. Little data is where a pretrained base helps most.</source>
        <translation>클래스마다 이 개수만큼의 샘플로만 학습합니다(학습 데이터에서 무작위로 뽑고, 검증·테스트 데이터는 그대로 둡니다). 0이면 전부 씁니다. 데이터가 적을 때 사전 학습된 기반 모델이 가장 큰 도움이 됩니다.</translation>
    </message>
    <message>
        <source>Digits (8x8, as 64 features)</source>
        <translation>숫자 (8x8, 특성 64개)</translation>
    </message>
    <message>
        <source>scikit-learn&apos;s bundled handwritten digits: 1,797 images of 0-9, no download.</source>
        <translation>scikit-learn에 들어 있는 손글씨 숫자: 0-9 이미지 1,797장, 내려받을 필요가 없습니다.</translation>
    </message>
    <message>
        <source>Digits (8x8x1 images)</source>
        <translation>숫자 (8x8x1 이미지)</translation>
    </message>
    <message>
        <source>The same digits as images, for convolutional networks.</source>
        <translation>같은 숫자를 이미지로 씁니다. 합성곱 신경망용입니다.</translation>
    </message>
    <message>
        <source>Circle (2-D)</source>
        <translation>원 (2차원)</translation>
    </message>
    <message>
        <source>A disc inside a ring: not separable by a straight line.</source>
        <translation>고리 안의 원판: 직선으로는 나눌 수 없습니다.</translation>
    </message>
    <message>
        <source>XOR (2-D)</source>
        <translation>XOR (2차원)</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: needs a hidden layer.</source>
        <translation>마주 보는 사분면이 같은 클래스입니다. 은닉층이 있어야 풀 수 있습니다.</translation>
    </message>
    <message>
        <source>Two Gaussian clusters (2-D)</source>
        <translation>가우시안 군집 두 개 (2차원)</translation>
    </message>
    <message>
        <source>Two blobs: a straight line separates them.</source>
        <translation>두 덩어리: 직선 하나로 나눌 수 있습니다.</translation>
    </message>
    <message>
        <source>Spiral (2-D)</source>
        <translation>나선 (2차원)</translation>
    </message>
    <message>
        <source>Two interleaved spirals: hard; deeper nets or sin features.</source>
        <translation>서로 얽힌 나선 두 개: 어렵습니다. 더 깊은 신경망이나 사인 특성이 필요합니다.</translation>
    </message>
    <message>
        <source>Plane (2-D regression)</source>
        <translation>평면 (2차원 회귀)</translation>
    </message>
    <message>
        <source>The target is a tilted plane.</source>
        <translation>타깃이 기울어진 평면입니다.</translation>
    </message>
    <message>
        <source>Multi-Gaussian (2-D regression)</source>
        <translation>다중 가우시안 (2차원 회귀)</translation>
    </message>
    <message>
        <source>The target is a sum of Gaussian bumps.</source>
        <translation>타깃이 가우시안 봉우리 여러 개의 합입니다.</translation>
    </message>
    <message>
        <source>MNIST (28x28x1, from the Keras cache)</source>
        <translation>MNIST (28x28x1, Keras 캐시)</translation>
    </message>
    <message>
        <source>70,000 handwritten digits; read from Keras&apos; local cache, never downloaded.</source>
        <translation>손글씨 숫자 70,000장. Keras의 로컬 캐시에서 읽으며, 내려받지 않습니다.</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28x28x1, from the Keras cache)</source>
        <translation>Fashion-MNIST (28x28x1, Keras 캐시)</translation>
    </message>
    <message>
        <source>70,000 clothing images in 10 classes; read from Keras&apos; local cache.</source>
        <translation>옷 이미지 70,000장, 10개 클래스. Keras의 로컬 캐시에서 읽습니다.</translation>
    </message>
    <message>
        <source>Iris</source>
        <translation>붓꽃</translation>
    </message>
    <message>
        <source>150 flowers, 4 measurements, 3 species.</source>
        <translation>꽃 150송이, 측정값 4개, 품종 3가지.</translation>
    </message>
    <message>
        <source>Wine</source>
        <translation>와인</translation>
    </message>
    <message>
        <source>178 wines, 13 chemical measurements, 3 cultivars.</source>
        <translation>와인 178종, 화학 측정값 13개, 품종 3가지.</translation>
    </message>
    <message>
        <source>Breast cancer</source>
        <translation>유방암</translation>
    </message>
    <message>
        <source>569 tumours, 30 features, benign or malignant.</source>
        <translation>종양 569개, 특성 30개, 양성 또는 악성.</translation>
    </message>
    <message>
        <source>Diabetes (regression)</source>
        <translation>당뇨병 (회귀)</translation>
    </message>
    <message>
        <source>442 patients, 10 features, disease progression after a year.</source>
        <translation>환자 442명, 특성 10개, 1년 뒤 병의 진행 정도를 예측합니다.</translation>
    </message>
    <message>
        <source>horizontal flip</source>
        <translation>좌우 뒤집기</translation>
    </message>
    <message>
        <source>Mirror left-right at random.</source>
        <translation>무작위로 좌우를 뒤집습니다.</translation>
    </message>
    <message>
        <source>random crop (padding px)</source>
        <translation>무작위 자르기 (패딩 px)</translation>
    </message>
    <message>
        <source>Pad by this many pixels, then crop back to size at a random place. 0: off.</source>
        <translation>이만큼 픽셀을 덧댄 뒤 무작위 위치에서 원래 크기로 잘라 냅니다. 0이면 끕니다.</translation>
    </message>
    <message>
        <source>random zoom</source>
        <translation>무작위 확대/축소</translation>
    </message>
    <message>
        <source>Zoom in or out by up to this share. 0: off.</source>
        <translation>최대 이 비율만큼 확대하거나 축소합니다. 0이면 끕니다.</translation>
    </message>
    <message>
        <source>random rotation</source>
        <translation>무작위 회전</translation>
    </message>
    <message>
        <source>Rotate by up to this share of a full turn (0.05 = 18°). 0: off.</source>
        <translation>한 바퀴의 최대 이 비율만큼 회전합니다(0.05 = 18°). 0이면 끕니다.</translation>
    </message>
    <message>
        <source>brightness jitter</source>
        <translation>밝기 흔들기</translation>
    </message>
    <message>
        <source>Shift brightness by up to this share of the value range. 0: off.</source>
        <translation>값 범위의 최대 이 비율만큼 밝기를 바꿉니다. 0이면 끕니다.</translation>
    </message>
    <message>
        <source>contrast jitter</source>
        <translation>대비 흔들기</translation>
    </message>
    <message>
        <source>Scale contrast by up to this share. 0: off.</source>
        <translation>최대 이 비율만큼 대비를 바꿉니다. 0이면 끕니다.</translation>
    </message>
</context>
<context>
    <name>catalog.file_options</name>
    <message>
        <source>Infer from the target</source>
        <translation>타깃에서 추론</translation>
    </message>
    <message>
        <source>Text, or at most 20 distinct whole numbers: classes.</source>
        <translation>텍스트이거나 서로 다른 정수가 20개 이하이면 클래스로 봅니다.</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Predict one of the target&apos;s classes.</source>
        <translation>타깃의 클래스 중 하나를 예측합니다.</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>Predict the target&apos;s number.</source>
        <translation>타깃의 수치를 예측합니다.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>Tab for .tsv files; otherwise guessed from the first lines.</source>
        <translation>.tsv 파일은 탭, 그 밖에는 처음 몇 줄을 보고 추정합니다.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>쉼표 (,)</translation>
    </message>
    <message>
        <source>Comma-separated values.</source>
        <translation>쉼표로 구분한 값입니다.</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Tab-separated values.</source>
        <translation>탭으로 구분한 값입니다.</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>세미콜론 (;)</translation>
    </message>
    <message>
        <source>Common where the decimal mark is a comma.</source>
        <translation>소수점으로 쉼표를 쓰는 지역에서 흔합니다.</translation>
    </message>
    <message>
        <source>UTF-8 (with or without a BOM), else Korean CP949, else Latin-1.</source>
        <translation>UTF-8(BOM 유무 상관없이), 아니면 한국어 CP949, 그것도 아니면 Latin-1로 읽습니다.</translation>
    </message>
    <message>
        <source>The usual encoding of text files today.</source>
        <translation>요즘 텍스트 파일에 가장 흔한 인코딩입니다.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM 포함)</translation>
    </message>
    <message>
        <source>UTF-8 as Excel and Windows editors save it.</source>
        <translation>엑셀과 윈도우 편집기가 저장하는 방식의 UTF-8입니다.</translation>
    </message>
    <message>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation>한국어 (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <source>What Korean Excel saves CSV files in.</source>
        <translation>한국어 엑셀이 CSV 파일을 저장하는 인코딩입니다.</translation>
    </message>
    <message>
        <source>Western (Latin-1)</source>
        <translation>서유럽어 (Latin-1)</translation>
    </message>
    <message>
        <source>Older Western European files.</source>
        <translation>예전 서유럽 언어 파일입니다.</translation>
    </message>
    <message>
        <source>Drop the rows</source>
        <translation>행 버리기</translation>
    </message>
    <message>
        <source>Rows with a missing value are left out.</source>
        <translation>값이 빠진 행은 제외합니다.</translation>
    </message>
    <message>
        <source>Fill with the mean</source>
        <translation>평균으로 채우기</translation>
    </message>
    <message>
        <source>Numbers: the training split&apos;s mean; categories: no category (all zeros).</source>
        <translation>수치는 학습 데이터의 평균으로, 범주는 &apos;범주 없음&apos;(모두 0)으로 채웁니다.</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>흑백</translation>
    </message>
    <message>
        <source>One channel.</source>
        <translation>채널 1개입니다.</translation>
    </message>
    <message>
        <source>Three channels.</source>
        <translation>채널 3개입니다.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>In memory when the data fit in a sixth of the free memory, else streamed.</source>
        <translation>데이터가 여유 메모리의 6분의 1 안에 들어가면 메모리에 올리고, 아니면 스트리밍합니다.</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>메모리에 올리기</translation>
    </message>
    <message>
        <source>Read everything once, before training: fastest per epoch.</source>
        <translation>학습 전에 한 번에 모두 읽습니다. 에포크당 가장 빠릅니다.</translation>
    </message>
    <message>
        <source>Streamed from disk</source>
        <translation>디스크에서 스트리밍</translation>
    </message>
    <message>
        <source>Read each batch as it is needed (tf.data): memory stays flat however big the data.</source>
        <translation>필요할 때마다 배치를 읽습니다(tf.data). 데이터가 아무리 커도 메모리 사용량이 일정합니다.</translation>
    </message>
    <message>
        <source>Fail the run</source>
        <translation>실행 중단</translation>
    </message>
    <message>
        <source>The run stops, naming the image that cannot be read.</source>
        <translation>읽을 수 없는 이미지의 이름을 알리고 실행을 멈춥니다.</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Train without it; the run names what it skipped.</source>
        <translation>그 이미지 없이 학습하고, 건너뛴 파일을 실행 기록에 남깁니다.</translation>
    </message>
</context>
<context>
    <name>catalog.functions</name>
    <message>
        <source>alpha</source>
        <translation>알파</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Linear: no non-linearity; stacked linear layers collapse into one.</source>
        <translation>선형: 비선형성이 없습니다. 선형 층을 여러 개 쌓아도 하나로 합쳐집니다.</translation>
    </message>
    <message>
        <source>Sigmoid: squashes to [0, 1]; saturates (vanishing gradients) and is not zero-centred. Pair with Xavier initialization.</source>
        <translation>Sigmoid: 값을 [0, 1]로 눌러 담습니다. 포화되고(기울기 소실) 0을 중심으로 하지 않습니다. Xavier 초기화와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>Tanh: squashes to [-1, 1]; zero-centred but still saturates. Pair with Xavier initialization.</source>
        <translation>Tanh: 값을 [-1, 1]로 눌러 담습니다. 0이 중심이지만 여전히 포화됩니다. Xavier 초기화와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>ReLU: cheap, fast to converge, sparse; units can die (output 0 forever). Pair with He initialization.</source>
        <translation>ReLU: 계산이 싸고 빨리 수렴하며 희소한 출력을 냅니다. 뉴런이 죽을 수 있습니다(영원히 0 출력). He 초기화와 함께 쓰세요.</translation>
    </message>
    <message>
        <source>Leaky ReLU: max(alpha*x, x) keeps a small slope for negatives, so units cannot die; alpha is one more hyper-parameter.</source>
        <translation>Leaky ReLU: x와 αx 중 큰 값을 내어 음수 쪽에도 작은 기울기를 남기므로 뉴런이 죽지 않습니다. 대신 α라는 하이퍼파라미터가 하나 늘어납니다.</translation>
    </message>
    <message>
        <source>Slope for negative inputs (about 0.01).</source>
        <translation>음수 입력에서의 기울기입니다(0.01 정도).</translation>
    </message>
    <message>
        <source>ELU: smooth, saturates gently for negatives, outputs closer to zero mean; costs an exp.</source>
        <translation>ELU: 매끄럽고, 음수 쪽에서 완만하게 포화하며, 출력 평균이 0에 더 가깝습니다. 지수 함수 계산이 듭니다.</translation>
    </message>
    <message>
        <source>Value the output approaches for very negative inputs (-alpha).</source>
        <translation>아주 큰 음수 입력에서 출력이 다가가는 값(-α)입니다.</translation>
    </message>
    <message>
        <source>SELU: scaled ELU that self-normalizes with LeCun normal initialization.</source>
        <translation>SELU: 크기를 조정한 ELU로, LeCun 정규 초기화와 함께 쓰면 스스로 정규화됩니다.</translation>
    </message>
    <message>
        <source>GELU: smooth ReLU-like gate used by Transformers.</source>
        <translation>GELU: 트랜스포머가 쓰는, ReLU와 비슷한 매끄러운 게이트입니다.</translation>
    </message>
    <message>
        <source>Swish: x*sigmoid(x), smooth and non-monotonic; often a little better than ReLU.</source>
        <translation>Swish: x*sigmoid(x). 매끄럽고 단조롭지 않으며, 흔히 ReLU보다 조금 낫습니다.</translation>
    </message>
    <message>
        <source>Softmax: turns scores into class probabilities that sum to 1; for the last layer of a classifier.</source>
        <translation>Softmax: 점수를 합이 1인 클래스 확률로 바꿉니다. 분류기의 마지막 층에 씁니다.</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>모두 0</translation>
    </message>
    <message>
        <source>All-equal weights: every unit of a layer learns the same thing (symmetry is never broken).</source>
        <translation>모든 가중치가 같습니다. 한 층의 모든 뉴런이 같은 것을 배웁니다(대칭이 깨지지 않습니다).</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>상수</translation>
    </message>
    <message>
        <source>All weights equal to one value: like zeros, the units of a layer stay identical.</source>
        <translation>모든 가중치가 한 값입니다. 0일 때처럼 한 층의 뉴런들이 계속 똑같습니다.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Small Gaussian N(0, 0.01)</source>
        <translation>작은 가우시안 N(0, 0.01)</translation>
    </message>
    <message>
        <source>std 0.01: sigmoid activations pile up around 0.5, every unit says the same thing.</source>
        <translation>표준편차 0.01: sigmoid 활성값이 0.5 근처에 몰려 모든 뉴런이 같은 값을 냅니다.</translation>
    </message>
    <message>
        <source>Large Gaussian N(0, 1)</source>
        <translation>큰 가우시안 N(0, 1)</translation>
    </message>
    <message>
        <source>std 1: sigmoid activations pile up at 0 and 1 (saturation, vanishing gradients).</source>
        <translation>표준편차 1: sigmoid 활성값이 0과 1에 몰립니다(포화, 기울기 소실).</translation>
    </message>
    <message>
        <source>Gaussian N(0, std)</source>
        <translation>가우시안 N(0, 표준편차)</translation>
    </message>
    <message>
        <source>Normal weights with a chosen spread: try 1, 0.01 and 1/sqrt(n_in) side by side.</source>
        <translation>퍼짐을 정할 수 있는 정규분포 가중치: 1, 0.01, 1/√(입력 수)를 나란히 비교해 보세요.</translation>
    </message>
    <message>
        <source>std</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <source>Uniform U(-limit, limit)</source>
        <translation>균등 U(-한계, 한계)</translation>
    </message>
    <message>
        <source>Uniform weights in a chosen range.</source>
        <translation>정한 범위 안의 균등분포 가중치입니다.</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>한계</translation>
    </message>
    <message>
        <source>Glorot / Xavier normal</source>
        <translation>Glorot(Xavier) 정규</translation>
    </message>
    <message>
        <source>Xavier: std sqrt(2/(n_in+n_out)) keeps sigmoid/tanh activations spread out in every layer.</source>
        <translation>Xavier: 표준편차 √(2/(입력 수 + 출력 수))로, 모든 층에서 sigmoid/tanh 활성값이 고르게 퍼지게 합니다.</translation>
    </message>
    <message>
        <source>Glorot / Xavier uniform</source>
        <translation>Glorot(Xavier) 균등</translation>
    </message>
    <message>
        <source>Xavier, uniform variant: the right start for sigmoid and tanh.</source>
        <translation>Xavier의 균등분포판: sigmoid와 tanh에 알맞은 시작점입니다.</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 정규</translation>
    </message>
    <message>
        <source>He: std sqrt(2/n_in) keeps ReLU activations evenly spread at every depth.</source>
        <translation>He: 표준편차 √(2/입력 수)로, 어느 깊이에서도 ReLU 활성값이 고르게 퍼지게 합니다.</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 균등</translation>
    </message>
    <message>
        <source>He, uniform variant: the right start for ReLU.</source>
        <translation>He의 균등분포판: ReLU에 알맞은 시작점입니다.</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 정규</translation>
    </message>
    <message>
        <source>LeCun: std sqrt(1/n_in), the start SELU needs to self-normalize.</source>
        <translation>LeCun: 표준편차 √(1/입력 수). SELU가 스스로 정규화하려면 이 시작점이 필요합니다.</translation>
    </message>
    <message>
        <source>Follow the task</source>
        <translation>작업에 맞춤</translation>
    </message>
    <message>
        <source>Softmax for classification, linear for regression.</source>
        <translation>분류에는 softmax, 회귀에는 선형 함수를 씁니다.</translation>
    </message>
</context>
<context>
    <name>catalog.imported_base</name>
    <message>
        <source>choose a .keras model file to import</source>
        <translation>가져올 .keras 모델 파일을 고르세요</translation>
    </message>
    <message>
        <source>no model yet</source>
        <translation>아직 모델 없음</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>nothing kept</source>
        <translation>남은 층 없음</translation>
    </message>
    <message>
        <source>{count} of {total} layers, frozen</source>
        <translation>층 {total}개 중 {count}개, 고정</translation>
    </message>
    <message>
        <source>{count} of {total} layers, {training} train</source>
        <translation>층 {total}개 중 {count}개, {training}개 학습</translation>
    </message>
    <message>
        <source>the imported model takes inputs {expected}, but gets {shape}; it must come first, on data of its shape</source>
        <translation>가져온 모델의 입력은 {expected}인데 {shape}을(를) 받습니다. 이 층은 맨 앞에 두고, 그 모양의 데이터에 써야 합니다</translation>
    </message>
    <message>
        <source>cutting off {cut} layers leaves none of the model&apos;s {total} layers with weights</source>
        <translation>층을 {cut}개 잘라 내면 모델의 층 {total}개 중 가중치가 있는 층이 하나도 남지 않습니다</translation>
    </message>
    <message>
        <source>the imported base has no layer {name} with weights (it keeps: {kept})</source>
        <translation>가져온 기반 모델에는 가중치가 있는 층 {name}이(가) 없습니다 (남은 층: {kept})</translation>
    </message>
</context>
<context>
    <name>catalog.layer_kinds</name>
    <message>
        <source>units</source>
        <translation>유닛 수</translation>
    </message>
    <message>
        <source>Number of neurons.</source>
        <translation>층의 뉴런 개수입니다.</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>kernel init</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>bias init</source>
        <translation>편향 초기화</translation>
    </message>
    <message>
        <source>LASSO: drives weights to exactly 0.</source>
        <translation>라쏘: 가중치를 정확히 0으로 만듭니다.</translation>
    </message>
    <message>
        <source>Ridge / weight decay: shrinks weights.</source>
        <translation>릿지 / 가중치 감소: 가중치를 작게 줄입니다.</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Insert BatchNormalization between the weights and the activation.</source>
        <translation>가중치와 활성화 함수 사이에 배치 정규화(BatchNormalization) 층을 넣습니다.</translation>
    </message>
    <message>
        <source>dropout after</source>
        <translation>드롭아웃 (활성화 뒤)</translation>
    </message>
    <message>
        <source>Dropout rate after the activation; 0 means none.</source>
        <translation>활성화 함수 뒤에 적용할 드롭아웃 비율입니다. 0이면 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>풀링 크기</translation>
    </message>
    <message>
        <source>Fully connected: every input feeds every unit.</source>
        <translation>완전 연결: 모든 입력이 모든 뉴런으로 들어갑니다.</translation>
    </message>
    <message>
        <source>Convolution: small shared filters slide over the image (VGG uses only 3x3).</source>
        <translation>합성곱: 가중치를 공유하는 작은 필터가 이미지 위를 미끄러지며 지나갑니다(VGG는 3x3 필터만 씁니다).</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>필터 수</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>커널 크기</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>스트라이드</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>패딩</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same (크기 유지)</translation>
    </message>
    <message>
        <source>Pad so the output keeps the input size.</source>
        <translation>출력이 입력과 같은 크기가 되도록 패딩을 붙입니다.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid (패딩 없음)</translation>
    </message>
    <message>
        <source>No padding: the output shrinks.</source>
        <translation>패딩이 없어 출력이 작아집니다.</translation>
    </message>
    <message>
        <source>Max pooling: keeps the strongest response in each window.</source>
        <translation>최대 풀링: 각 창에서 가장 강한 반응만 남깁니다.</translation>
    </message>
    <message>
        <source>Average pooling: the mean of each window.</source>
        <translation>평균 풀링: 각 창의 평균을 냅니다.</translation>
    </message>
    <message>
        <source>One number per channel: the mean over the whole image.</source>
        <translation>채널마다 숫자 하나: 이미지 전체의 평균입니다.</translation>
    </message>
    <message>
        <source>Unrolls an image into a vector for dense layers.</source>
        <translation>이미지를 한 줄 벡터로 펼쳐 Dense 층에 넘깁니다.</translation>
    </message>
    <message>
        <source>Drops a random share of units in training only: an implicit ensemble against over-fitting.</source>
        <translation>학습 중에만 뉴런 일부를 무작위로 끕니다. 과적합을 막는 암묵적 앙상블입니다.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Normalizes each mini-batch to mean 0, variance 1: learns faster, depends less on the initial weights.</source>
        <translation>미니배치마다 평균 0, 분산 1로 정규화합니다. 더 빨리 배우고 초기 가중치에 덜 민감해집니다.</translation>
    </message>
    <message>
        <source>A standalone non-linearity.</source>
        <translation>활성화 함수만 따로 둔 층입니다.</translation>
    </message>
    <message>
        <source>Imported model</source>
        <translation>가져온 모델</translation>
    </message>
    <message>
        <source>Transfer learning: a trained model&apos;s layers (its head cut off) reused as the start of this network; frozen, they keep what they learned.</source>
        <translation>전이 학습: 학습된 모델의 층(헤드는 잘라 냄)을 이 신경망의 앞부분으로 다시 씁니다. 고정해 두면 배운 것을 그대로 간직합니다.</translation>
    </message>
    <message>
        <source>model file</source>
        <translation>모델 파일</translation>
    </message>
    <message>
        <source>A Keras .keras file (a LayerLab run&apos;s model.keras, too), read in Keras&apos; safe mode: a model holding code is refused.</source>
        <translation>Keras .keras 파일(LayerLab 실행의 model.keras도 됩니다)을 Keras의 안전 모드로 읽습니다. 코드가 들어 있는 모델은 거부합니다.</translation>
    </message>
    <message>
        <source>cut off the last</source>
        <translation>잘라 낼 끝 층 수</translation>
    </message>
    <message>
        <source>How many of the model&apos;s last layers with weights are cut off (with what follows them): 1 drops only its head; more keeps only its first, general layers (a CNN&apos;s convolutions) and drops the task&apos;s own.</source>
        <translation>가중치가 있는 모델의 마지막 층을 몇 개 잘라 낼지 정합니다(그 뒤의 층도 함께). 1이면 헤드만 버리고, 더 크면 일반적인 앞쪽 층(합성곱 신경망의 합성곱 층)만 남기고 원래 작업에 특화된 층은 버립니다.</translation>
    </message>
    <message>
        <source>train the last</source>
        <translation>학습할 끝 층 수</translation>
    </message>
    <message>
        <source>How many of the kept layers with weights train, counted from the last (fine-tuning); 0 freezes the whole base (feature extraction: little data, similar task).</source>
        <translation>남긴 층 가운데 가중치가 있는 층을 끝에서부터 몇 개 학습할지 정합니다(미세 조정). 0이면 기반 모델 전체를 고정합니다(특징 추출: 데이터가 적고 작업이 비슷할 때).</translation>
    </message>
    <message>
        <source>also train</source>
        <translation>추가로 학습할 층</translation>
    </message>
    <message>
        <source>Base layers, by name, that train as well (one by one).</source>
        <translation>함께 학습할 기반 모델의 층을 이름으로 하나씩 적습니다.</translation>
    </message>
    <message>
        <source>fine-tuning rate</source>
        <translation>미세 조정 학습률 비율</translation>
    </message>
    <message>
        <source>The base&apos;s training layers learn at this share of the learning rate: fine-tuning takes small steps so it does not wreck what was learned.</source>
        <translation>기반 모델에서 학습하는 층은 학습률에 이 비율을 곱한 값으로 배웁니다. 미세 조정은 작은 걸음으로 나아가야 이미 배운 것을 망가뜨리지 않습니다.</translation>
    </message>
    <message>
        <source>Residual block</source>
        <translation>잔차 블록</translation>
    </message>
    <message>
        <source>ResNet&apos;s idea: two layers plus a skip connection that adds the input back, so very deep networks still train.</source>
        <translation>ResNet의 아이디어: 두 층에 입력을 다시 더하는 스킵 연결을 붙여, 아주 깊은 신경망도 학습되게 합니다.</translation>
    </message>
    <message>
        <source>block</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>two Dense</source>
        <translation>Dense 두 개</translation>
    </message>
    <message>
        <source>Two fully connected layers and a skip.</source>
        <translation>완전 연결 층 두 개와 스킵 연결입니다.</translation>
    </message>
    <message>
        <source>two Conv2D</source>
        <translation>Conv2D 두 개</translation>
    </message>
    <message>
        <source>Two same-padded convolutions and a skip.</source>
        <translation>same 패딩 합성곱 층 두 개와 스킵 연결입니다.</translation>
    </message>
    <message>
        <source>units / filters</source>
        <translation>유닛 / 필터 수</translation>
    </message>
    <message>
        <source>Conv2D blocks only.</source>
        <translation>Conv2D 블록에만 쓰입니다.</translation>
    </message>
</context>
<context>
    <name>catalog.layers</name>
    <message>
        <source>{layer} needs a flat input, but gets an image {shape}; add Flatten or GlobalAveragePooling2D before it</source>
        <translation>{layer}에는 평평한 입력이 필요한데 이미지 {shape}을(를) 받습니다. 앞에 Flatten이나 GlobalAveragePooling2D를 넣으세요</translation>
    </message>
    <message>
        <source>{layer} needs an image input (height, width, channels), but gets a flat vector {shape}; it must come before any Flatten or Dense layer</source>
        <translation>{layer}에는 이미지 입력(높이, 너비, 채널)이 필요한데 평평한 벡터 {shape}을(를) 받습니다. Flatten이나 Dense 층보다 앞에 와야 합니다</translation>
    </message>
    <message>
        <source>a {size}x{size} pool is bigger than its {shape} input</source>
        <translation>{size}x{size} 풀링 창이 입력 {shape}보다 큽니다</translation>
    </message>
    <message>
        <source>rate {rate}</source>
        <translation>비율 {rate}</translation>
    </message>
    <message>
        <source>dropout {rate}</source>
        <translation>드롭아웃 {rate}</translation>
    </message>
    <message>
        <source>{units} units</source>
        <translation>{units} 유닛</translation>
    </message>
    <message>
        <source>{filters} filters {size}x{size}/{stride} {padding}</source>
        <translation>필터 {filters}개 {size}x{size}/{stride} {padding}</translation>
    </message>
    <message>
        <source>a {size}x{size} kernel does not fit its {shape} input</source>
        <translation>{size}x{size} 커널이 입력 {shape}에 들어가지 않습니다</translation>
    </message>
    <message>
        <source>2 x Dense {units} + skip</source>
        <translation>Dense {units} 두 개 + 스킵</translation>
    </message>
    <message>
        <source>2 x Conv2D {units} {size}x{size} + skip</source>
        <translation>Conv2D {units} {size}x{size} 두 개 + 스킵</translation>
    </message>
    <message>
        <source>A Dense residual block</source>
        <translation>Dense 잔차 블록</translation>
    </message>
    <message>
        <source>A Conv2D residual block</source>
        <translation>Conv2D 잔차 블록</translation>
    </message>
</context>
<context>
    <name>catalog.params</name>
    <message>
        <source>&lt;an integer of about {count} digits&gt;</source>
        <translation>&lt;약 {count}자리 정수&gt;</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>참 또는 거짓이어야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>must be a file path, got {value}</source>
        <translation>파일 경로여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>must be a list of names, got {value}</source>
        <translation>이름 목록이어야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>must be a non-empty text, got {value}</source>
        <translation>비어 있지 않은 텍스트여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>must be at most {most} characters, got {count}</source>
        <translation>{most}자 이하여야 합니다 (현재 {count}자)</translation>
    </message>
    <message>
        <source>must be {words}, got {value}</source>
        <translation>{words}여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>must be at most {most}, got {value}</source>
        <translation>{most} 이하여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>양의 정수</translation>
    </message>
    <message>
        <source>an integer {range}</source>
        <translation>{range} 정수</translation>
    </message>
    <message>
        <source>a number {range}</source>
        <translation>{range} 숫자</translation>
    </message>
    <message>
        <source>in {interval}</source>
        <translation>{interval} 범위의</translation>
    </message>
    <message>
        <source>&gt;= {low}</source>
        <translation>{low} 이상의</translation>
    </message>
    <message>
        <source>&lt; {high}</source>
        <translation>{high} 미만의</translation>
    </message>
    <message>
        <source>&lt;= {high}</source>
        <translation>{high} 이하의</translation>
    </message>
</context>
<context>
    <name>catalog.preprocessing</name>
    <message>
        <source>PCA needs flat features, but the data are images {shape}</source>
        <translation>PCA에는 평평한 특성이 필요하지만 데이터가 이미지 {shape}입니다</translation>
    </message>
    <message>
        <source>PCA can keep at most {most} components here, not {count}</source>
        <translation>여기서 PCA는 성분을 최대 {most}개까지 남길 수 있습니다({count}개는 불가)</translation>
    </message>
    <message>
        <source>components</source>
        <translation>성분 수</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Raw inputs: features on different scales slow training down.</source>
        <translation>입력을 그대로 씁니다. 특성마다 크기 범위가 다르면 학습이 느려집니다.</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>표준화</translation>
    </message>
    <message>
        <source>(x - mean) / std per feature, fitted on the training split; travels inside the saved model.</source>
        <translation>특성마다 (x - 평균) / 표준편차로 바꿉니다. 학습 데이터로 맞추고, 저장된 모델 안에 함께 들어갑니다.</translation>
    </message>
    <message>
        <source>Min-max to [0, 1]</source>
        <translation>최소-최대 [0, 1]</translation>
    </message>
    <message>
        <source>Scale each feature into [0, 1] (training split).</source>
        <translation>각 특성을 [0, 1] 범위로 맞춥니다(학습 데이터 기준).</translation>
    </message>
    <message>
        <source>Min-max to [-1, 1]</source>
        <translation>최소-최대 [-1, 1]</translation>
    </message>
    <message>
        <source>Scale each feature into [-1, 1] (training split).</source>
        <translation>각 특성을 [-1, 1] 범위로 맞춥니다(학습 데이터 기준).</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Centre the features and keep the first principal components (training split).</source>
        <translation>특성을 평균 0으로 옮기고 앞쪽 주성분만 남깁니다(학습 데이터 기준).</translation>
    </message>
    <message>
        <source>PCA whitening</source>
        <translation>PCA 화이트닝</translation>
    </message>
    <message>
        <source>PCA, then scale every component to unit variance: decorrelated, equal-variance inputs.</source>
        <translation>PCA 후 각 성분의 분산을 1로 맞춥니다. 서로 상관이 없고 분산이 같은 입력이 됩니다.</translation>
    </message>
</context>
<context>
    <name>catalog.schedules</name>
    <message>
        <source>{share} linear warm-up, then {schedule}</source>
        <translation>{share} 선형 워밍업 후 {schedule}</translation>
    </message>
    <message>
        <source>must not come before the first milestone ({first})</source>
        <translation>첫 번째 지점({first})보다 앞설 수 없습니다</translation>
    </message>
    <message>
        <source>reduce on plateau: the rate is cut whenever the validation loss stalls, so it is known only while training</source>
        <translation>정체 시 감소: 검증 손실이 멈출 때마다 학습률을 줄이므로, 학습 중에만 알 수 있습니다</translation>
    </message>
    <message>
        <source>warm-up share</source>
        <translation>워밍업 비율</translation>
    </message>
    <message>
        <source>Linear warm-up over this share of all steps (0.1: the first 10%); 0 for none.</source>
        <translation>전체 스텝 중 이 비율 동안 학습률을 선형으로 올립니다(0.1: 처음 10%). 0이면 하지 않습니다.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>The rate is multiplied by this.</source>
        <translation>학습률에 이 값을 곱합니다.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>지수 감소</translation>
    </message>
    <message>
        <source>step</source>
        <translation>계단식 감소</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>코사인 감소</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>선형 감소</translation>
    </message>
    <message>
        <source>inverse sqrt</source>
        <translation>역제곱근 감소</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>The same rate at every step.</source>
        <translation>모든 스텝에서 같은 학습률을 씁니다.</translation>
    </message>
    <message>
        <source>Exponential decay per epoch</source>
        <translation>에포크마다 지수 감소</translation>
    </message>
    <message>
        <source>Multiply the rate by a fixed factor after every epoch (x0.98 is the lessons&apos; example).</source>
        <translation>에포크가 끝날 때마다 학습률에 일정한 배율을 곱합니다(레슨의 예는 x0.98).</translation>
    </message>
    <message>
        <source>factor per epoch</source>
        <translation>에포크당 배율</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>계단식 감소</translation>
    </message>
    <message>
        <source>Drop the rate by a factor at milestones (x0.1 at 50% and 75% of training).</source>
        <translation>정해 둔 지점에서 학습률을 배율만큼 떨어뜨립니다(학습의 50%와 75% 지점에서 x0.1).</translation>
    </message>
    <message>
        <source>first milestone</source>
        <translation>첫 번째 지점</translation>
    </message>
    <message>
        <source>second milestone</source>
        <translation>두 번째 지점</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>코사인 감소</translation>
    </message>
    <message>
        <source>Follow half a cosine from the full rate down to zero by the last step.</source>
        <translation>코사인 반주기를 따라 처음 학습률에서 마지막 스텝까지 0으로 내려갑니다.</translation>
    </message>
    <message>
        <source>Linear decay</source>
        <translation>선형 감소</translation>
    </message>
    <message>
        <source>Fall in a straight line to zero by the last step.</source>
        <translation>마지막 스텝까지 직선으로 0까지 내려갑니다.</translation>
    </message>
    <message>
        <source>Inverse square-root decay</source>
        <translation>역제곱근 감소</translation>
    </message>
    <message>
        <source>rate / sqrt(1 + epochs since warm-up): fast at first, then slowly.</source>
        <translation>학습률 / √(1 + 워밍업 이후 에포크 수): 처음엔 빠르게, 나중엔 천천히 줄어듭니다.</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>정체 시 감소</translation>
    </message>
    <message>
        <source>Cut the rate when the validation loss stops improving for a few epochs.</source>
        <translation>검증 손실이 몇 에포크 동안 나아지지 않으면 학습률을 줄입니다.</translation>
    </message>
    <message>
        <source>patience (epochs)</source>
        <translation>기다릴 에포크 수</translation>
    </message>
    <message>
        <source>lowest rate</source>
        <translation>최저 학습률</translation>
    </message>
</context>
<context>
    <name>catalog.training</name>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Too high: the loss explodes; too low: it crawls.</source>
        <translation>너무 크면 손실이 폭발하고, 너무 작으면 기어가듯 느립니다.</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>엡실론</translation>
    </message>
    <message>
        <source>beta 1</source>
        <translation>베타 1</translation>
    </message>
    <message>
        <source>beta 2</source>
        <translation>베타 2</translation>
    </message>
    <message>
        <source>Mini-batch stochastic gradient descent: w -= lr * grad.</source>
        <translation>미니배치 확률적 경사 하강법: w -= 학습률 × 기울기.</translation>
    </message>
    <message>
        <source>SGD + momentum</source>
        <translation>SGD + 모멘텀</translation>
    </message>
    <message>
        <source>Momentum: v = m*v - lr*grad; rolls through flat regions and damps zig-zags.</source>
        <translation>모멘텀: v = m·v - 학습률 × 기울기. 평평한 구간을 굴러 지나가고 지그재그를 줄입니다.</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 모멘텀</translation>
    </message>
    <message>
        <source>Nesterov: momentum that looks ahead before it steps.</source>
        <translation>Nesterov: 한 걸음 내딛기 전에 앞을 내다보는 모멘텀입니다.</translation>
    </message>
    <message>
        <source>Adagrad: per-weight rates that shrink with the squared gradients seen so far.</source>
        <translation>Adagrad: 가중치마다 학습률이 따로 있고, 지금까지 본 기울기 제곱이 쌓일수록 줄어듭니다.</translation>
    </message>
    <message>
        <source>RMSProp: Adagrad with a moving average, so the rate does not die out.</source>
        <translation>RMSProp: 이동 평균을 쓰는 Adagrad로, 학습률이 사그라들지 않습니다.</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>감쇠율 ρ</translation>
    </message>
    <message>
        <source>Adam: momentum plus RMSProp scaling. If unsure, use Adam.</source>
        <translation>Adam: 모멘텀에 RMSProp식 크기 조정을 더했습니다. 잘 모르겠으면 Adam을 쓰세요.</translation>
    </message>
    <message>
        <source>AdamW: Adam with weight decay applied directly to the weights.</source>
        <translation>AdamW: 가중치 감소를 가중치에 직접 적용하는 Adam입니다.</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <source>Nadam: Adam with Nesterov momentum.</source>
        <translation>Nadam: Nesterov 모멘텀을 쓰는 Adam입니다.</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <source>theta; the lessons suggest 1 or 10.</source>
        <translation>θ 값입니다. 레슨에서는 1이나 10을 권합니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Gradients are used as they are; they may explode.</source>
        <translation>기울기를 그대로 씁니다. 폭주할 수 있습니다.</translation>
    </message>
    <message>
        <source>By norm (per weight)</source>
        <translation>노름 기준 (가중치별)</translation>
    </message>
    <message>
        <source>Rescale each weight&apos;s gradient so its norm is at most theta.</source>
        <translation>각 가중치의 기울기 노름이 θ를 넘지 않도록 크기를 줄입니다.</translation>
    </message>
    <message>
        <source>By global norm</source>
        <translation>전체 노름 기준</translation>
    </message>
    <message>
        <source>Rescale all gradients together so their joint norm is at most theta.</source>
        <translation>모든 기울기를 함께 줄여 전체 노름이 θ를 넘지 않게 합니다.</translation>
    </message>
    <message>
        <source>By value</source>
        <translation>값 기준</translation>
    </message>
    <message>
        <source>Cut every gradient component to [-theta, theta].</source>
        <translation>기울기의 모든 성분을 [-θ, θ] 범위로 자릅니다.</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>Stop when the validation loss stops falling.</source>
        <translation>검증 손실이 더 내려가지 않으면 멈춥니다.</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>Stop when validation accuracy stops rising.</source>
        <translation>검증 정확도가 더 오르지 않으면 멈춥니다.</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>Stop when the training loss stops falling.</source>
        <translation>학습 손실이 더 내려가지 않으면 멈춥니다.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Train for every epoch.</source>
        <translation>모든 에포크를 학습합니다.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Watch a validation metric and stop when it starts to get worse.</source>
        <translation>검증 지표를 지켜보다가 나빠지기 시작하면 멈춥니다.</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>지켜볼 지표</translation>
    </message>
    <message>
        <source>patience (epochs)</source>
        <translation>기다릴 에포크 수</translation>
    </message>
    <message>
        <source>smallest improvement</source>
        <translation>최소 개선폭</translation>
    </message>
    <message>
        <source>restore best weights</source>
        <translation>최고 가중치로 되돌리기</translation>
    </message>
    <message>
        <source>Follow the task</source>
        <translation>작업에 맞춤</translation>
    </message>
    <message>
        <source>Cross-entropy for classification, MSE for regression.</source>
        <translation>분류에는 교차 엔트로피, 회귀에는 평균 제곱 오차를 씁니다.</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>Cross-entropy: the loss for class probabilities.</source>
        <translation>교차 엔트로피: 클래스 확률을 위한 손실입니다.</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>MSE: squares the errors, so large ones dominate.</source>
        <translation>평균 제곱 오차: 오차를 제곱하므로 큰 오차가 손실을 좌우합니다.</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <source>MAE: robust to outliers, constant gradient.</source>
        <translation>평균 절대 오차: 이상치에 강하고 기울기 크기가 일정합니다.</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>Huber: squared for small errors, absolute for large ones.</source>
        <translation>Huber: 작은 오차는 제곱으로, 큰 오차는 절댓값으로 셉니다.</translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>Compare {count} runs — LayerLab</source>
        <translation>실행 {count}개 비교 — LayerLab</translation>
    </message>
    <message>
        <source>Loss (log scale)</source>
        <translation>손실 (로그 스케일)</translation>
    </message>
    <message>
        <source>Exponential moving average, as TensorBoard smooths</source>
        <translation>TensorBoard와 같은 지수 이동 평균</translation>
    </message>
    <message>
        <source>Mean over seeds</source>
        <translation>시드 평균</translation>
    </message>
    <message>
        <source>Runs that differ only in their seed as one line, their mean, with a band from the lowest to the highest (validation); the table shows mean ± spread</source>
        <translation>시드만 다른 실행들을 평균 한 줄로 그리고, 가장 낮은 값부터 가장 높은 값까지 띠로 표시합니다(검증). 표에는 평균 ± 편차가 나옵니다</translation>
    </message>
    <message>
        <source>Export Table as CSV…</source>
        <translation>표를 CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>스무딩</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <source>Histograms</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <source>Settings → result</source>
        <translation>설정 → 결과</translation>
    </message>
    <message>
        <source>The epoch whose snapshots are shown (0: as initialized)</source>
        <translation>스냅샷을 보여 줄 에포크(0: 초기화 직후)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>{epoch} (snapshots at {epochs})</source>
        <translation>{epoch}(스냅샷: {epochs})</translation>
    </message>
    <message>
        <source>final {metric}</source>
        <translation>최종 {metric}</translation>
    </message>
    <message>
        <source>These runs have the same settings: what differs is chance alone.</source>
        <translation>이 실행들은 설정이 같습니다. 차이는 오직 우연에서 옵니다.</translation>
    </message>
    <message>
        <source>What differs: {names}. Training curves dashed, validation solid; each run keeps its colour in both plots and in the table.</source>
        <translation>다른 점: {names}. 학습 곡선은 점선, 검증 곡선은 실선이며, 각 실행은 두 그래프와 표에서 같은 색을 씁니다.</translation>
    </message>
    <message>
        <source>Runs apart only in their seed are one line, their mean, with a band from the lowest to the highest validation curve (untick &lt;i&gt;Mean over seeds&lt;/i&gt; for each).</source>
        <translation>시드만 다른 실행들은 평균 한 줄로 그리고, 가장 낮은 검증 곡선부터 가장 높은 검증 곡선까지 띠로 표시합니다(각각 보려면 &lt;i&gt;시드 평균&lt;/i&gt;을 해제하세요).</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>모든 실행</translation>
    </message>
    <message>
        <source>{name} · {count} seeds</source>
        <translation>{name} · 시드 {count}개</translation>
    </message>
    <message>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>비교 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the comparison — {why}</source>
        <translation>비교를 내보내지 못했습니다 — {why}</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>was killed (by the system when memory runs out, or by hand)</source>
        <translation>강제 종료되었습니다(메모리 부족으로 시스템이 종료했거나 사용자가 직접 종료함)</translation>
    </message>
    <message>
        <source>crashed (a fault in native code)</source>
        <translation>비정상 종료되었습니다(네이티브 코드 오류)</translation>
    </message>
    <message>
        <source>was stopped (signal {signal})</source>
        <translation>중지되었습니다(시그널 {signal})</translation>
    </message>
    <message>
        <source>stopped (exit code {code})</source>
        <translation>종료되었습니다(종료 코드 {code})</translation>
    </message>
    <message>
        <source>Cannot make a folder for the run in {folder}: {reason}</source>
        <translation>{folder}에 실행 폴더를 만들 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>A run is training: export once it has finished.</source>
        <translation>학습 중인 실행이 있습니다. 끝난 뒤에 내보내세요.</translation>
    </message>
    <message>
        <source>An export is still running: try again once it is done.</source>
        <translation>내보내기가 아직 진행 중입니다. 끝난 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>학습 실패: {error}</translation>
    </message>
    <message>
        <source>The training engine {how}.</source>
        <translation>학습 엔진이 {how}.</translation>
    </message>
    <message>
        <source>{message} It restarts with the next run.</source>
        <translation>{message} 다음 실행 때 다시 시작됩니다.</translation>
    </message>
</context>
<context>
    <name>data_panel</name>
    <message>
        <source>The column the network learns to predict</source>
        <translation>신경망이 예측하도록 학습할 열</translation>
    </message>
    <message>
        <source>Tick the columns the network sees</source>
        <translation>신경망에 입력할 열을 선택하세요</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>target</source>
        <translation>타깃</translation>
    </message>
    <message>
        <source>features</source>
        <translation>특성</translation>
    </message>
    <message>
        <source>The array of inputs: one row per sample</source>
        <translation>입력 배열: 샘플마다 한 행</translation>
    </message>
    <message>
        <source>The array of targets: one value per sample</source>
        <translation>타깃 배열: 샘플마다 값 하나</translation>
    </message>
    <message>
        <source>Arrays</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>타깃</translation>
    </message>
    <message>
        <source>Augmentation (training only)</source>
        <translation>데이터 증강 (학습 중에만)</translation>
    </message>
    <message>
        <source>Keras preprocessing layers inside the model: they change each training batch at random and leave validation, test and prediction inputs as they are.</source>
        <translation>모델 안의 Keras 전처리 층입니다. 학습 배치마다 무작위로 바꾸고, 검증·테스트·예측 입력은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Dataset, split and preprocessing</source>
        <translation>데이터셋, 분할, 전처리</translation>
    </message>
    <message>
        <source>Reading… {percent}</source>
        <translation>읽는 중… {percent}</translation>
    </message>
    <message>
        <source>{train} training · {validation} validation · {test} test samples</source>
        <translation>학습 {train} · 검증 {validation} · 테스트 {test} 샘플</translation>
    </message>
    <message>
        <source>classes: {names}</source>
        <translation>클래스: {names}</translation>
    </message>
    <message>
        <source>{samples} samples, input {shape}</source>
        <translation>샘플 {samples}개, 입력 {shape}</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>text, more than {count} values</source>
        <translation>텍스트, 값 {count}개 초과</translation>
    </message>
    <message>
        <source>text, {count} values</source>
        <translation>텍스트, 값 {count}개</translation>
    </message>
    <message>
        <source>{kind}, {count} missing</source>
        <translation>{kind}, 빠진 값 {count}개</translation>
    </message>
    <message>
        <source>Missing on lines {lines}</source>
        <translation>값이 빠진 줄: {lines}</translation>
    </message>
    <message>
        <source>Set {name}</source>
        <translation>{name} 설정</translation>
    </message>
    <message>
        <source>Set augmentation {name}</source>
        <translation>데이터 증강 {name} 설정</translation>
    </message>
    <message>
        <source>Use {column} as the target</source>
        <translation>{column}을(를) 타깃으로 사용</translation>
    </message>
    <message>
        <source>The network needs at least one feature column.</source>
        <translation>신경망에는 특성 열이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>Choose feature columns</source>
        <translation>특성 열 선택</translation>
    </message>
    <message>
        <source>Use {array} as {role}</source>
        <translation>{array}을(를) {role}(으)로 사용</translation>
    </message>
</context>
<context>
    <name>data_view</name>
    <message>
        <source>pixel value</source>
        <translation>픽셀 값</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>특성</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>데이터를 읽는 중…</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>파일의 처음 몇 행</translation>
    </message>
    <message>
        <source>Before preprocessing</source>
        <translation>전처리 전</translation>
    </message>
    <message>
        <source>After: what the first layer sees</source>
        <translation>전처리 후: 첫 번째 층이 보는 값</translation>
    </message>
    <message>
        <source>Feature distributions (training split)</source>
        <translation>특성 분포 (학습 데이터)</translation>
    </message>
    <message>
        <source>Samples per class (training split)</source>
        <translation>클래스별 샘플 (학습 데이터)</translation>
    </message>
    <message>
        <source>Augmented in training (each row: one image, then random variants)</source>
        <translation>학습 중 데이터 증강 (각 행: 원본 이미지 하나와 무작위 변형들)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{train}&lt;/b&gt; training · &lt;b&gt;{validation}&lt;/b&gt; validation · &lt;b&gt;{test}&lt;/b&gt; test samples</source>
        <translation>학습 &lt;b&gt;{train}&lt;/b&gt; · 검증 &lt;b&gt;{validation}&lt;/b&gt; · 테스트 &lt;b&gt;{test}&lt;/b&gt; 샘플</translation>
    </message>
    <message>
        <source> · images read into memory for training</source>
        <translation> · 학습용 이미지를 메모리에 읽어 둠</translation>
    </message>
    <message>
        <source> · streamed from disk batch by batch (too big to keep in memory, or so chosen)</source>
        <translation> · 디스크에서 배치마다 읽어 옴 (메모리에 담기에 너무 크거나 그렇게 설정함)</translation>
    </message>
    <message>
        <source>Every pixel value of the first 512 training images (of a folder, at most).</source>
        <translation>학습 이미지 처음 512장(폴더인 경우 최대)의 모든 픽셀 값.</translation>
    </message>
    <message>
        <source>Every pixel value of the training images.</source>
        <translation>학습 이미지의 모든 픽셀 값.</translation>
    </message>
    <message>
        <source>One bar per feature (the first {shown} of {total}): mean ± std (thick) within min..max (thin).</source>
        <translation>특성마다 막대 하나 ({total}개 중 처음 {shown}개): 평균 ± 표준편차(굵은 선), 최솟값..최댓값(가는 선).</translation>
    </message>
    <message>
        <source>One bar per feature: mean ± std (thick) within min..max (thin).</source>
        <translation>특성마다 막대 하나: 평균 ± 표준편차(굵은 선), 최솟값..최댓값(가는 선).</translation>
    </message>
    <message>
        <source>Augmentation applies to image data only.</source>
        <translation>데이터 증강은 이미지 데이터에만 적용됩니다.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>빠진 값</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>Choose a file in the Data tab.</source>
        <translation>데이터 탭에서 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>데이터를 읽는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not open {path}&lt;/b&gt; — the current experiment is unchanged.&lt;br&gt;{problems}</source>
        <translation>&lt;b&gt;{path}을(를) 열 수 없습니다&lt;/b&gt; — 현재 실험은 바뀌지 않았습니다.&lt;br&gt;{problems}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not save {path}&lt;/b&gt;: {why}</source>
        <translation>&lt;b&gt;{path}을(를) 저장할 수 없습니다&lt;/b&gt;: {why}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>drops</name>
    <message>
        <source>an experiment (.json), a table (.csv, .tsv), arrays (.npz), an image folder or a trained model (.keras)</source>
        <translation>실험(.json), 표(.csv, .tsv), 배열(.npz), 이미지 폴더, 학습된 모델(.keras)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open {name}&lt;/b&gt; — LayerLab opens {kinds}.</source>
        <translation>&lt;b&gt;{name}을(를) 열 수 없습니다&lt;/b&gt; — LayerLab은 {kinds}을(를) 엽니다.</translation>
    </message>
    <message>
        <source>Stop the running training before changing its data.</source>
        <translation>데이터를 바꾸기 전에 진행 중인 학습을 중지하세요.</translation>
    </message>
    <message>
        <source>drop data</source>
        <translation>데이터 끌어 놓기</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 모양</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>{params} ({frozen} frozen)</source>
        <translation>{params} (고정 {frozen})</translation>
    </message>
    <message>
        <source>The output layer follows the task (softmax with one unit per class).</source>
        <translation>출력층은 작업에 맞춰집니다 (클래스마다 유닛 하나인 softmax).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>층 추가</translation>
    </message>
    <message>
        <source>Add layer ▾</source>
        <translation>층 추가 ▾</translation>
    </message>
    <message>
        <source>Insert a layer after the selected one (Insert)</source>
        <translation>선택한 층 뒤에 층을 삽입합니다 (Insert)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the layer</source>
        <translation>층 삭제</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Total parameters: {total} ({train} train, {frozen} frozen) · training needs ~{needed}</source>
        <translation>전체 파라미터: {total}개 (학습 {train}, 고정 {frozen}) · 학습에 약 {needed} 필요</translation>
    </message>
    <message>
        <source>Total parameters: {total} · training needs ~{needed}</source>
        <translation>전체 파라미터: {total}개 · 학습에 약 {needed} 필요</translation>
    </message>
    <message>
        <source>Estimated memory for training: weights, their gradients and the optimizer&apos;s state, one batch&apos;s activations, and the data. A network that needs more than the machine has free cannot be trained.</source>
        <translation>학습에 필요한 메모리 추정치: 가중치와 그 기울기, 옵티마이저 상태, 배치 하나의 활성값, 데이터. 이 컴퓨터의 여유 메모리보다 많이 필요한 신경망은 학습할 수 없습니다.</translation>
    </message>
    <message>
        <source>Total parameters: unknown until the problems are fixed</source>
        <translation>전체 파라미터: 문제를 고치기 전에는 알 수 없음</translation>
    </message>
    <message>
        <source>Input data (your own files, columns, augmentation: the Data tab)</source>
        <translation>입력 데이터 (내 파일, 열, 데이터 증강: 데이터 탭)</translation>
    </message>
    <message>
        <source>Output layer (follows the task unless overridden)</source>
        <translation>출력층 (따로 정하지 않으면 작업에 맞춤)</translation>
    </message>
    <message>
        <source>Layer {number}: {kind}</source>
        <translation>층 {number}: {kind}</translation>
    </message>
    <message>
        <source>{title} (nothing to set)</source>
        <translation>{title} (설정할 항목 없음)</translation>
    </message>
    <message>
        <source>Set input {name}</source>
        <translation>입력 {name} 설정</translation>
    </message>
    <message>
        <source>Set output {name}</source>
        <translation>출력 {name} 설정</translation>
    </message>
    <message>
        <source>Set layer {number} {name}</source>
        <translation>층 {number} {name} 설정</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <translation>{kind} 추가</translation>
    </message>
    <message>
        <source>Duplicate layer {number}</source>
        <translation>층 {number} 복제</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>{kind} 삭제</translation>
    </message>
    <message>
        <source>Move layer {number}</source>
        <translation>층 {number} 이동</translation>
    </message>
</context>
<context>
    <name>engine.builder</name>
    <message>
        <source>the network does not fit together: {problem}</source>
        <translation>신경망의 층이 서로 맞지 않습니다: {problem}</translation>
    </message>
</context>
<context>
    <name>engine.csv_tables</name>
    <message>
        <source>{path}: not a text file (it holds binary data, or UTF-16 text)</source>
        <translation>{path}: 텍스트 파일이 아닙니다(바이너리 데이터이거나 UTF-16 텍스트입니다)</translation>
    </message>
    <message>
        <source>{path}: the first line is longer than {most} characters; a table starts with a header line naming its columns</source>
        <translation>{path}: 첫 줄이 {most}자보다 깁니다. 표는 열 이름을 적은 헤더 줄로 시작해야 합니다</translation>
    </message>
    <message>
        <source>{path}: not a table with the delimiter {delimiter} ({reason})</source>
        <translation>{path}: 구분자 {delimiter}(으)로 읽을 수 있는 표가 아닙니다 ({reason})</translation>
    </message>
    <message>
        <source>{path}: not a {encoding} text file further on; choose its text encoding in the Data tab</source>
        <translation>{path}: 뒷부분이 {encoding} 텍스트가 아닙니다. 데이터 탭에서 텍스트 인코딩을 고르세요</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>{lines} and {more} more</source>
        <translation>{lines} 외 {more}개</translation>
    </message>
    <message>
        <source>{path}: column {column} has a cell of more than {most} characters (line {line}); fix it or leave the column out</source>
        <translation>{path}: 열 {column}에 {most}자가 넘는 칸이 있습니다({line}번째 줄). 고치거나 이 열을 빼세요</translation>
    </message>
    <message>
        <source>{path}: column {column} holds numbers except on lines {lines}; fix those cells or leave the column out (as text it would be one-hot encoded)</source>
        <translation>{path}: 열 {column}은(는) 다음 줄의 칸을 빼면 모두 숫자입니다: {lines}. 그 칸들을 고치거나 이 열을 빼세요(텍스트로 보면 원-핫 인코딩됩니다)</translation>
    </message>
    <message>
        <source>{path}: column {column} has more than {most} different text values; one-hot encoded, each would be an input: leave it out</source>
        <translation>{path}: 열 {column}에 서로 다른 텍스트 값이 {most}개보다 많습니다. 원-핫 인코딩하면 값마다 입력이 하나씩 생기니 이 열을 빼세요</translation>
    </message>
    <message>
        <source>{path}: column {column} holds only numbers on its first {rows} rows and text further on (line {line}); fix those cells or leave the column out</source>
        <translation>{path}: 열 {column}은(는) 처음 {rows}행까지는 숫자만 있고 그 뒤에 텍스트가 있습니다({line}번째 줄). 그 칸들을 고치거나 이 열을 빼세요</translation>
    </message>
    <message>
        <source>{path}: only one column found with the delimiter {delimiter}; the first line contains the {other} delimiter. A table needs a target column and at least one feature column: check the delimiter.</source>
        <translation>{path}: 구분자 {delimiter}(으)로는 열이 하나만 나옵니다. 첫 줄에는 {other} 구분자가 있습니다. 표에는 타깃 열 하나와 특성 열이 하나 이상 있어야 하니 구분자를 확인하세요.</translation>
    </message>
    <message>
        <source>{path}: only one column found with the delimiter {delimiter}. A table needs a target column and at least one feature column: check the delimiter.</source>
        <translation>{path}: 구분자 {delimiter}(으)로는 열이 하나만 나옵니다. 표에는 타깃 열 하나와 특성 열이 하나 이상 있어야 하니 구분자를 확인하세요.</translation>
    </message>
    <message>
        <source>{path}: the file has a header but no rows</source>
        <translation>{path}: 헤더만 있고 행이 없습니다</translation>
    </message>
    <message>
        <source>{path}: no row is left once rows with missing values are dropped</source>
        <translation>{path}: 빠진 값이 있는 행을 버리면 남는 행이 없습니다</translation>
    </message>
    <message>
        <source>{count} rows without a target left out (lines {lines})</source>
        <translation>타깃이 없는 행 {count}개를 뺐습니다(줄: {lines})</translation>
    </message>
    <message>
        <source>{count} rows with missing values dropped (lines {lines})</source>
        <translation>빠진 값이 있는 행 {count}개를 버렸습니다(줄: {lines})</translation>
    </message>
    <message>
        <source>missing values filled with the training mean: {columns}</source>
        <translation>빠진 값을 학습 데이터의 평균으로 채웠습니다: {columns}</translation>
    </message>
    <message>
        <source>{path}: no column named {name} (columns: {columns})</source>
        <translation>{path}: {name}(이)라는 열이 없습니다(열: {columns})</translation>
    </message>
    <message>
        <source>{path}: the target column {name} is also a feature column</source>
        <translation>{path}: 타깃 열 {name}이(가) 특성 열에도 들어 있습니다</translation>
    </message>
    <message>
        <source>{column}: text, one-hot encoded into {count} columns</source>
        <translation>{column}: 텍스트, 원-핫 인코딩으로 {count}개 열이 됩니다</translation>
    </message>
    <message>
        <source>{path}: more than {most} columns; LayerLab reads at most that</source>
        <translation>{path}: 열이 {most}개보다 많습니다. LayerLab은 그만큼까지만 읽습니다</translation>
    </message>
    <message>
        <source>{path}: the target column {name}</source>
        <translation>{path}: 타깃 열 {name}</translation>
    </message>
    <message>
        <source>text encoding: {encoding}</source>
        <translation>텍스트 인코딩: {encoding}</translation>
    </message>
</context>
<context>
    <name>engine.data</name>
    <message>
        <source>{name} is not in the Keras cache: {path} does not exist. LayerLab never downloads data; on a machine with internet run {command} and copy {cache} here.</source>
        <translation>{name}이(가) Keras 캐시에 없습니다: {path}이(가) 없습니다. LayerLab은 데이터를 내려받지 않습니다. 인터넷이 되는 컴퓨터에서 {command}을(를) 실행한 뒤 {cache}을(를) 이 컴퓨터로 복사하세요.</translation>
    </message>
    <message>
        <source>{path}: the array &apos;{name}&apos; is missing</source>
        <translation>{path}: 배열 &apos;{name}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <source>{path}: not a readable .npz file ({error})</source>
        <translation>{path}: 읽을 수 있는 .npz 파일이 아닙니다 ({error})</translation>
    </message>
    <message>
        <source>{path}: not a readable gzipped IDX file ({error})</source>
        <translation>{path}: 읽을 수 있는 gzip 압축 IDX 파일이 아닙니다 ({error})</translation>
    </message>
    <message>
        <source>{folder}: {part} images and labels do not match in number</source>
        <translation>{folder}: {part} 이미지와 레이블의 개수가 맞지 않습니다</translation>
    </message>
    <message>
        <source>{source}: cannot split the data ({error})</source>
        <translation>{source}: 데이터를 나눌 수 없습니다 ({error})</translation>
    </message>
</context>
<context>
    <name>engine.devices</name>
    <message>
        <source>{devices} devices asked for, but this machine has {gpus} GPUs</source>
        <translation>장치 {devices}개를 요청했지만 이 컴퓨터의 GPU는 {gpus}개입니다</translation>
    </message>
    <message>
        <source>TF_CONFIG is not a JSON object with a &apos;cluster&apos;</source>
        <translation>TF_CONFIG가 &apos;cluster&apos;를 담은 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>the CPU can be split into devices only before TensorFlow starts: choose the devices first</source>
        <translation>CPU는 TensorFlow가 시작되기 전에만 여러 장치로 나눌 수 있습니다. 장치를 먼저 고르세요</translation>
    </message>
</context>
<context>
    <name>engine.export</name>
    <message>
        <source>{file} does not exist: the run saved no model to export</source>
        <translation>{file}이(가) 없습니다. 이 실행은 내보낼 모델을 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>cannot export the run in {folder}: {error}</source>
        <translation>{folder}의 실행을 내보낼 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{file} cannot be loaded: {error}</source>
        <translation>{file}을(를) 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>there is no export to {format} with quantization {quantization}</source>
        <translation>{format} 형식을 양자화 {quantization}(으)로 내보내는 방법은 없습니다</translation>
    </message>
    <message>
        <source>cannot export {target}: {error}</source>
        <translation>{target}(으)로 내보낼 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{target} was not written: the exported model {problem}</source>
        <translation>{target}을(를) 쓰지 않았습니다: 내보낸 모델이 {problem}</translation>
    </message>
    <message>
        <source>{target}: a Keras model file&apos;s name must end in .keras</source>
        <translation>{target}: Keras 모델 파일의 이름은 .keras로 끝나야 합니다</translation>
    </message>
    <message>
        <source>{target} is a folder; choose a file name</source>
        <translation>{target}은(는) 폴더입니다. 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>{target} exists and is not a SavedModel folder; choose a new folder name</source>
        <translation>{target}이(가) 이미 있고 SavedModel 폴더가 아닙니다. 새 폴더 이름을 고르세요</translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation>{target}을(를) 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>the script does not load and split the data as the run did</source>
        <translation>스크립트가 실행과 같은 방식으로 데이터를 불러오고 나누지 않습니다</translation>
    </message>
    <message>
        <source>the script&apos;s network differs from the run&apos;s at the layer {layer}</source>
        <translation>스크립트의 신경망이 {layer} 층에서 실행의 신경망과 다릅니다</translation>
    </message>
    <message>
        <source>gives outputs of shape {got}, not {expected}</source>
        <translation>출력 모양이 {expected}이(가) 아니라 {got}입니다</translation>
    </message>
    <message>
        <source>gives different outputs for the same inputs (random layers still active)</source>
        <translation>같은 입력에 서로 다른 출력을 냅니다(무작위 층이 아직 작동합니다)</translation>
    </message>
    <message>
        <source>differs from the trained model by up to {diff} (tolerance {tolerance})</source>
        <translation>학습된 모델과 최대 {diff}만큼 다릅니다(허용 오차 {tolerance})</translation>
    </message>
    <message>
        <source>predicts the trained model&apos;s class for only {share} of the probe samples (at least {needed} needed)</source>
        <translation>프로브 샘플의 {share}에서만 학습된 모델과 같은 클래스를 예측합니다(최소 {needed} 필요)</translation>
    </message>
</context>
<context>
    <name>engine.file_data</name>
    <message>
        <source>{where} is not numeric (e.g. {value}): regression needs numbers; choose the task &apos;Classification&apos;</source>
        <translation>{where}이(가) 숫자가 아닙니다(예: {value}). 회귀에는 숫자가 필요하니 작업을 &apos;분류&apos;로 고르세요</translation>
    </message>
    <message>
        <source>{where} has one class only ({label}): a classifier needs at least two</source>
        <translation>{where}에 클래스가 하나뿐입니다({label}). 분류 모델에는 클래스가 둘 이상 필요합니다</translation>
    </message>
</context>
<context>
    <name>engine.image_folders</name>
    <message>
        <source>{folder}: not a folder</source>
        <translation>{folder}: 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>{folder}: no images found (expected one sub-folder per class holding {kinds} files)</source>
        <translation>{folder}: 이미지가 없습니다(클래스마다 {kinds} 파일을 담은 하위 폴더가 하나씩 있어야 합니다)</translation>
    </message>
    <message>
        <source>{folder}: one class only ({name}): a classifier needs at least two sub-folders of images</source>
        <translation>{folder}: 클래스가 하나뿐입니다({name}). 분류 모델에는 이미지 하위 폴더가 둘 이상 필요합니다</translation>
    </message>
    <message>
        <source>{file}: not a readable image</source>
        <translation>{file}: 읽을 수 있는 이미지가 아닙니다</translation>
    </message>
    <message>
        <source>{folder}: images of different sizes ({first} is {first_size}, {second} is {second_size}): set a height and a width to resize them all</source>
        <translation>{folder}: 이미지 크기가 서로 다릅니다({first}은(는) {first_size}, {second}은(는) {second_size}). 높이와 너비를 정해 모두 같은 크기로 바꾸세요</translation>
    </message>
    <message>
        <source>{folder}: cannot read {file}: {reason}</source>
        <translation>{folder}: {file}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{images} images in {classes} classes, as {size} {colour}</source>
        <translation>이미지 {images}개, 클래스 {classes}개, {size} {colour}(으)로 읽음</translation>
    </message>
    <message>
        <source>{on_disk} on disk; {in_memory} as float32 in memory</source>
        <translation>디스크 {on_disk}, 메모리(float32) {in_memory}</translation>
    </message>
</context>
<context>
    <name>engine.image_stream</name>
    <message>
        <source>{files} and {more} more</source>
        <translation>{files} 외 {more}개</translation>
    </message>
    <message>
        <source>{files}: not a readable image</source>
        <translation>{files}: 읽을 수 있는 이미지가 아닙니다</translation>
    </message>
    <message>
        <source>{folder}: batches of {batch} images of {image} each need about {needed} while streaming, more than half the {free} free: choose a smaller batch or smaller images</source>
        <translation>{folder}: 장당 {image}인 이미지를 {batch}장씩 배치로 스트리밍하려면 약 {needed}가 필요해 여유 메모리 {free}의 절반을 넘습니다. 배치나 이미지를 더 작게 하세요</translation>
    </message>
    <message>
        <source>Skipped {count} unreadable image(s): {files}</source>
        <translation>읽을 수 없는 이미지 {count}개를 건너뛰었습니다: {files}</translation>
    </message>
</context>
<context>
    <name>engine.runs</name>
    <message>
        <source>cannot create {folder}: {reason}</source>
        <translation>{folder}을(를) 만들 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>TensorBoard&apos;s event files could not be written: {error}</source>
        <translation>TensorBoard 이벤트 파일을 쓸 수 없었습니다: {error}</translation>
    </message>
</context>
<context>
    <name>engine.script</name>
    <message>
        <source>the script export cannot rebuild an imported model&apos;s layers (they are its file&apos;s, not code); export the trained model instead</source>
        <translation>스크립트 내보내기로는 가져온 모델의 층을 다시 만들 수 없습니다(코드가 아니라 그 파일에 들어 있습니다). 대신 학습된 모델을 내보내세요</translation>
    </message>
    <message>
        <source>the script export cannot read your own {dataset} yet (built-in datasets, CSV/TSV tables and .npz files only); export the model instead</source>
        <translation>스크립트 내보내기는 아직 직접 준비한 {dataset}을(를) 읽지 못합니다(기본 데이터셋, CSV/TSV 표, .npz 파일만 됩니다). 대신 모델을 내보내세요</translation>
    </message>
    <message>
        <source>the data file was not read: {problem}</source>
        <translation>데이터 파일을 읽지 못했습니다: {problem}</translation>
    </message>
    <message>
        <source>the script export does not know the preprocessing &apos;{name}&apos;</source>
        <translation>스크립트 내보내기는 전처리 &apos;{name}&apos;을(를) 모릅니다</translation>
    </message>
    <message>
        <source>the script export does not know the schedule &apos;{name}&apos;</source>
        <translation>스크립트 내보내기는 학습률 스케줄 &apos;{name}&apos;을(를) 모릅니다</translation>
    </message>
</context>
<context>
    <name>engine.sources</name>
    <message>
        <source>{path}: the inputs {name} are not numbers ({dtype})</source>
        <translation>{path}: 입력 {name}이(가) 숫자가 아닙니다 ({dtype})</translation>
    </message>
    <message>
        <source>one-hot targets turned into class numbers</source>
        <translation>원-핫 타깃을 클래스 번호로 바꿨습니다</translation>
    </message>
    <message>
        <source>{path}: the targets {name} must hold one value per sample, got shape {shape}</source>
        <translation>{path}: 타깃 {name}에는 샘플마다 값이 하나씩 있어야 하는데 모양이 {shape}입니다</translation>
    </message>
    <message>
        <source>{path}: {inputs} inputs but {targets} targets</source>
        <translation>{path}: 입력은 {inputs}개인데 타깃은 {targets}개입니다</translation>
    </message>
    <message>
        <source>inputs of shape (samples, height, width) read as one-channel images</source>
        <translation>(샘플, 높이, 너비) 모양의 입력을 채널 하나짜리 이미지로 읽었습니다</translation>
    </message>
    <message>
        <source>{path}: the targets {name}</source>
        <translation>{path}: 타깃 {name}</translation>
    </message>
    <message>
        <source>{path}: not a readable .npz file ({error})</source>
        <translation>{path}: 읽을 수 있는 .npz 파일이 아닙니다 ({error})</translation>
    </message>
    <message>
        <source>{path}: a single .npy array, not an .npz file of named arrays</source>
        <translation>{path}: 이름 붙은 배열들을 담은 .npz 파일이 아니라 .npy 배열 하나입니다</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>arrays: {names}</source>
        <translation>배열: {names}</translation>
    </message>
    <message>
        <source>{path}: no array named {name} for the inputs ({arrays})</source>
        <translation>{path}: 입력으로 쓸 {name} 배열이 없습니다 ({arrays})</translation>
    </message>
    <message>
        <source>{path}: no array named {name} for the targets ({arrays})</source>
        <translation>{path}: 타깃으로 쓸 {name} 배열이 없습니다 ({arrays})</translation>
    </message>
    <message>
        <source>{path}: the array {name} holds Python objects, which LayerLab never loads (they could run code)</source>
        <translation>{path}: 배열 {name}에 Python 객체가 들어 있습니다. LayerLab은 이런 배열을 불러오지 않습니다(코드가 실행될 수 있습니다)</translation>
    </message>
</context>
<context>
    <name>engine.sweep</name>
    <message>
        <source>the study {name} there holds another sweep (other settings, values or experiment): choose another --out, or another --study</source>
        <translation>그곳의 스터디 {name}에는 다른 스윕(다른 설정, 값 또는 실험)이 들어 있습니다. 다른 --out이나 다른 --study를 고르세요</translation>
    </message>
    <message>
        <source>a grid needs listed values (PATH=V1,V2); ranges need random or tpe</source>
        <translation>그리드에는 값 목록(PATH=V1,V2)이 필요합니다. 범위에는 random이나 tpe를 쓰세요</translation>
    </message>
    <message>
        <source>no study named {name} in that storage</source>
        <translation>그 저장소에 {name}(이)라는 스터디가 없습니다</translation>
    </message>
    <message>
        <source>the study {name} was not made by a LayerLab sweep</source>
        <translation>스터디 {name}은(는) LayerLab 스윕이 만든 것이 아닙니다</translation>
    </message>
    <message>
        <source>trial {trial}/{total}: {values}: failed (see {run})</source>
        <translation>시도 {trial}/{total}: {values}: 실패 ({run} 참고)</translation>
    </message>
    <message>
        <source>trial {trial}/{total}: {values}: {metric} {score}</source>
        <translation>시도 {trial}/{total}: {values}: {metric} {score}</translation>
    </message>
</context>
<context>
    <name>engine.table_stream</name>
    <message>
        <source>{source}: cannot write its encoded rows to {folder} ({error})</source>
        <translation>{source}: 인코딩한 행을 {folder}에 쓸 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>{source}: cannot write its encoded rows to {folder} ({error}); free some disk space or choose the loading &apos;In memory&apos;</source>
        <translation>{source}: 인코딩한 행을 {folder}에 쓸 수 없습니다 ({error}). 디스크 공간을 비우거나 불러오기 방식을 &apos;메모리에 올리기&apos;로 고르세요</translation>
    </message>
</context>
<context>
    <name>engine.training</name>
    <message>
        <source>{count} days</source>
        <translation>{count}일</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count}시간</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count}분</translation>
    </message>
    <message>
        <source>At this speed the run takes about {duration} more (the first epoch took {first} s; {epochs} epochs planned). Stop it and plan fewer epochs or a bigger batch, or let it run.</source>
        <translation>이 속도라면 실행이 앞으로 약 {duration} 더 걸립니다(첫 에포크에 {first} s, 계획한 에포크 {epochs}개). 중지하고 에포크를 줄이거나 배치를 키우세요. 아니면 그대로 두세요.</translation>
    </message>
    <message>
        <source>The experiment is not valid: {problems}</source>
        <translation>실험이 올바르지 않습니다: {problems}</translation>
    </message>
    <message>
        <source>Cannot load the data: {error}</source>
        <translation>데이터를 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Left out {count} unreadable image(s): {files}</source>
        <translation>읽을 수 없는 이미지 {count}개를 뺐습니다: {files}</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C)</source>
        <translation>중단됨 (Ctrl+C)</translation>
    </message>
    <message>
        <source>The loss stopped being a number at step {step} (epoch {epoch}), so training stopped there and no model was saved. Try a lower learning rate, gradient clipping, or standardized inputs.</source>
        <translation>스텝 {step}(에포크 {epoch})에서 손실이 숫자가 아니게 되어 학습을 멈췄고 모델은 저장하지 않았습니다. 학습률을 낮추거나 기울기 클리핑을 쓰거나 입력을 표준화해 보세요.</translation>
    </message>
    <message>
        <source>Cannot write the run&apos;s files: {error}</source>
        <translation>실행 파일을 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Training ran out of memory: the network, the batch or the data is too big for this machine. Try fewer units or filters, a smaller batch size or less data.</source>
        <translation>학습 중 메모리가 부족합니다. 이 컴퓨터에는 신경망, 배치 또는 데이터가 너무 큽니다. 유닛이나 필터 수, 배치 크기, 데이터 양을 줄여 보세요.</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>학습 실패: {error}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Export Trained Model</source>
        <translation>학습된 모델 내보내기</translation>
    </message>
    <message>
        <source>Smaller files whose outputs move a little; the export is checked either way</source>
        <translation>파일은 작아지고 출력값은 조금 달라집니다. 어느 쪽이든 내보낸 결과를 검사합니다</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Quantization:</source>
        <translation>양자화(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <source>Export trained model</source>
        <translation>학습된 모델 내보내기</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>The run&apos;s own file: loads in Keras, to predict or to train on.</source>
        <translation>실행의 원래 파일입니다. Keras에서 불러와 예측하거나 이어서 학습할 수 있습니다.</translation>
    </message>
    <message>
        <source>TensorFlow SavedModel (folder)</source>
        <translation>TensorFlow SavedModel (폴더)</translation>
    </message>
    <message>
        <source>A folder for TensorFlow Serving and other TensorFlow tools.</source>
        <translation>TensorFlow Serving과 그 밖의 TensorFlow 도구에서 쓰는 폴더입니다.</translation>
    </message>
    <message>
        <source>Runs without TensorFlow, in ONNX Runtime and other ONNX tools.</source>
        <translation>TensorFlow 없이 ONNX Runtime과 그 밖의 ONNX 도구에서 실행됩니다.</translation>
    </message>
    <message>
        <source>For phones and small devices (was TensorFlow Lite); can be quantized.</source>
        <translation>휴대폰과 소형 기기용입니다(예전 이름 TensorFlow Lite). 양자화할 수 있습니다.</translation>
    </message>
    <message>
        <source>Python script .py</source>
        <translation>Python 스크립트 .py</translation>
    </message>
    <message>
        <source>a Python script</source>
        <translation>Python 스크립트</translation>
    </message>
    <message>
        <source>Keras (the script&apos;s network with the run&apos;s weights)</source>
        <translation>Keras (실행의 가중치를 넣은 스크립트의 신경망)</translation>
    </message>
    <message>
        <source>A standalone Keras script: loads the data, builds this network, trains it.</source>
        <translation>독립 실행 Keras 스크립트입니다. 데이터를 불러오고, 이 신경망을 만들고, 학습합니다.</translation>
    </message>
    <message>
        <source>None: float32, the trained model&apos;s own numbers</source>
        <translation>없음: float32, 학습된 모델의 값 그대로</translation>
    </message>
    <message>
        <source>Float16 weights: about half the size</source>
        <translation>Float16 가중치: 크기가 약 절반</translation>
    </message>
    <message>
        <source>float16 weights</source>
        <translation>float16 가중치</translation>
    </message>
    <message>
        <source>Dynamic range: 8-bit weights, about a quarter the size</source>
        <translation>동적 범위: 8비트 가중치, 크기가 약 4분의 1</translation>
    </message>
    <message>
        <source>8-bit weights</source>
        <translation>8비트 가중치</translation>
    </message>
    <message>
        <source>Exported {what} to {path} — checked in {runtime}: largest difference {difference}</source>
        <translation>{what}을(를) {path}에 내보냈습니다 — {runtime}에서 확인: 최대 차이 {difference}</translation>
    </message>
    <message>
        <source>Exported {what} to {path} — checked in {runtime}: largest difference {difference}, {agreement} of predicted classes agree</source>
        <translation>{what}을(를) {path}에 내보냈습니다 — {runtime}에서 확인: 최대 차이 {difference}, 예측 클래스 일치율 {agreement}</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>{path} does not exist (moved or deleted?)</source>
        <translation>{path} 파일이 없습니다 (옮겨졌거나 삭제되었나요?)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Choose a data file</source>
        <translation>데이터 파일 선택</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.npz);;All files (*)</source>
        <translation>데이터 파일 (*.csv *.tsv *.txt *.npz);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a Keras model</source>
        <translation>Keras 모델 선택</translation>
    </message>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation>Keras 모델 (*.keras);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>choose a folder…</source>
        <translation>폴더를 고르세요…</translation>
    </message>
    <message>
        <source>choose a file…</source>
        <translation>파일을 고르세요…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Choose an image folder</source>
        <translation>이미지 폴더 선택</translation>
    </message>
    <message>
        <source>{field}: must be a whole number, got {text}</source>
        <translation>{field}: 정수여야 합니다 (받은 값: {text})</translation>
    </message>
    <message>
        <source>{field}: must be a number, got {text}</source>
        <translation>{field}: 숫자여야 합니다 (받은 값: {text})</translation>
    </message>
</context>
<context>
    <name>gradient_profile</name>
    <message>
        <source>gradient norm</source>
        <translation>기울기 노름</translation>
    </message>
    <message>
        <source>layer (input → output)</source>
        <translation>층 (입력 → 출력)</translation>
    </message>
    <message>
        <source>Gradient norm by layer</source>
        <translation>층별 기울기 노름</translation>
    </message>
    <message>
        <source>Gradient norm by layer · as initialized</source>
        <translation>층별 기울기 노름 · 초기화 직후</translation>
    </message>
    <message>
        <source>Gradient norm by layer · step {step}</source>
        <translation>층별 기울기 노름 · 스텝 {step}</translation>
    </message>
    <message>
        <source>out</source>
        <translation>출력</translation>
    </message>
</context>
<context>
    <name>graph</name>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
</context>
<context>
    <name>graph_views</name>
    <message>
        <source>The network as a graph: a node per unit (a wide layer as one node with its histogram), blue edges for positive weights, orange for negative, thicker for larger; on 2-D data each unit shows its own output over the plane. Hover a unit for its incoming weights; click a layer to select it in the editor.</source>
        <translation>신경망을 그래프로 보여 줍니다. 뉴런마다 노드 하나(넓은 층은 히스토그램이 든 노드 하나), 양의 가중치는 파란 선, 음의 가중치는 주황 선이며 클수록 굵습니다. 2차원 데이터에서는 각 뉴런이 평면 위의 자기 출력을 보여 줍니다. 뉴런에 마우스를 올리면 들어오는 가중치가, 층을 클릭하면 편집기에서 그 층이 선택됩니다.</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>그래프(&amp;G)</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <source>Network &amp;Graph</source>
        <translation>신경망 그래프(&amp;G)</translation>
    </message>
    <message>
        <source>The network as a graph, beside the layer table</source>
        <translation>층 표 옆에 신경망을 그래프로 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>imported</name>
    <message>
        <source>its Lambda layer {name} holds Python code, which LayerLab never runs</source>
        <translation>Lambda 층 {name}에 Python 코드가 들어 있습니다. LayerLab은 이런 코드를 실행하지 않습니다</translation>
    </message>
    <message>
        <source>its layer {name} is of the class {cls} from {module}, outside Keras: custom code, which LayerLab never runs</source>
        <translation>층 {name}은(는) Keras 밖의 {module}에 있는 클래스 {cls}입니다. 사용자 정의 코드이므로 LayerLab은 실행하지 않습니다</translation>
    </message>
    <message>
        <source>{path}: not a Keras .keras model file ({error})</source>
        <translation>{path}: Keras .keras 모델 파일이 아닙니다 ({error})</translation>
    </message>
    <message>
        <source>{path}: refused: {reason}</source>
        <translation>{path}: 거부됨: {reason}</translation>
    </message>
    <message>
        <source>{path}: its weights cannot be read ({error})</source>
        <translation>{path}: 가중치를 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>{path}: a base needs at least two layers with weights (one is the head)</source>
        <translation>{path}: 기반 모델에는 가중치가 있는 층이 두 개 이상 있어야 합니다 (하나는 헤드)</translation>
    </message>
    <message>
        <source>{path}: the model does not say its layers&apos; shapes (was it built?)</source>
        <translation>{path}: 모델에 층의 모양 정보가 없습니다 (빌드된 모델인가요?)</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 파일이 없습니다</translation>
    </message>
    <message>
        <source>{path}: not a model LayerLab can read ({error})</source>
        <translation>{path}: LayerLab이 읽을 수 있는 모델이 아닙니다 ({error})</translation>
    </message>
</context>
<context>
    <name>inside</name>
    <message>
        <source>{share} saturated</source>
        <translation>포화 {share}</translation>
    </message>
    <message>
        <source>{share} dead</source>
        <translation>죽은 뉴런 {share}</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <source>share of the true class</source>
        <translation>실제 클래스 중 비율</translation>
    </message>
    <message>
        <source>Confusion matrix (validation probe batch)</source>
        <translation>혼동 행렬 (검증 프로브 배치)</translation>
    </message>
    <message>
        <source>Appears with the first snapshot of a classifier&apos;s run</source>
        <translation>분류 모델 실행의 첫 스냅샷과 함께 나타납니다</translation>
    </message>
    <message>
        <source>precision %: of those predicted as the class, how many were</source>
        <translation>정밀도 %: 그 클래스로 예측한 것 중 실제로 맞은 비율</translation>
    </message>
    <message>
        <source>recall %: of the class, how many were found</source>
        <translation>재현율 %: 그 클래스 중 찾아낸 비율</translation>
    </message>
    <message>
        <source>Confusion matrix after {epochs} epochs: {accuracy} right</source>
        <translation>{epochs} 에포크 후 혼동 행렬: 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>Decision boundary (2-D datasets)</source>
        <translation>결정 경계 (2차원 데이터셋)</translation>
    </message>
    <message>
        <source>Shown while a model on a 2-D dataset trains (the Playground sets)</source>
        <translation>2차원 데이터셋(Playground 세트)으로 모델을 학습하는 동안 표시됩니다</translation>
    </message>
    <message>
        <source>P(class 1)</source>
        <translation>P(클래스 1)</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>예측값</translation>
    </message>
    <message>
        <source>Decision boundary, step {step}: colour = {what}</source>
        <translation>결정 경계, 스텝 {step}: 색 = {what}</translation>
    </message>
    <message>
        <source>Drag back through earlier snapshots of this run</source>
        <translation>끌어서 이 실행의 이전 스냅샷을 봅니다</translation>
    </message>
    <message>
        <source>no snapshots yet</source>
        <translation>아직 스냅샷 없음</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Follow the newest snapshot</source>
        <translation>최신 스냅샷을 따라갑니다</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>스냅샷</translation>
    </message>
    <message>
        <source>{position} · as initialized · epoch {epoch}</source>
        <translation>{position} · 초기화 직후 · 에포크 {epoch}</translation>
    </message>
    <message>
        <source>{position} · step {step} · epoch {epoch}</source>
        <translation>{position} · 스텝 {step} · 에포크 {epoch}</translation>
    </message>
    <message>
        <source>Double-click (or Enter) for the lesson on this</source>
        <translation>더블클릭(또는 Enter)하면 관련 레슨을 엽니다</translation>
    </message>
    <message>
        <source>Nothing looks wrong: no saturation, dead units, vanishing gradients, NaN or over-fitting seen.</source>
        <translation>문제가 보이지 않습니다: 포화, 죽은 뉴런, 기울기 소실, NaN, 과적합이 없습니다.</translation>
    </message>
</context>
<context>
    <name>insight</name>
    <message>
        <source>Layer {layer}: {share} of {activation} outputs saturated - try Xavier initialization or BatchNorm</source>
        <translation>층 {layer}: {activation} 출력의 {share}가 포화되었습니다 - Xavier 초기화나 배치 정규화를 써 보세요</translation>
    </message>
    <message>
        <source>Layer {layer}: every {activation} output is close to {centre} (std {std}): the units all say the same thing - the weights start too small; try Xavier initialization</source>
        <translation>층 {layer}: 모든 {activation} 출력이 {centre} 근처에 있습니다 (표준편차 {std}). 뉴런이 모두 같은 값을 냅니다 - 가중치가 너무 작게 시작합니다. Xavier 초기화를 써 보세요</translation>
    </message>
    <message>
        <source>Layer {layer}: {share} of ReLU units dead - lower the learning rate or use Leaky ReLU / He initialization</source>
        <translation>층 {layer}: ReLU 뉴런의 {share}가 죽었습니다 - 학습률을 낮추거나 Leaky ReLU / He 초기화를 써 보세요</translation>
    </message>
    <message>
        <source>gradient norm of layer {first} is {ratio} of layer {last}: vanishing gradients - try ReLU with He initialization, BatchNorm or skip connections</source>
        <translation>층 {first}의 기울기 노름이 층 {last}의 {ratio}배입니다: 기울기 소실 - ReLU와 He 초기화, 배치 정규화나 스킵 연결을 써 보세요</translation>
    </message>
    <message>
        <source>gradient norm of layer {first} is {ratio} times that of layer {last}: exploding gradients - try gradient clipping or a lower learning rate</source>
        <translation>층 {first}의 기울기 노름이 층 {last}의 {ratio}배입니다: 기울기 폭주 - 기울기 클리핑을 쓰거나 학습률을 낮춰 보세요</translation>
    </message>
    <message>
        <source>loss became NaN at step {step}: learning rate too high or no clipping</source>
        <translation>스텝 {step}에서 손실이 NaN이 되었습니다: 학습률이 너무 높거나 기울기 클리핑이 없습니다</translation>
    </message>
    <message>
        <source>validation loss rising for {epochs} epochs while training loss falls: over-fitting - try dropout, L2 or early stopping</source>
        <translation>학습 손실은 줄어드는데 검증 손실이 {epochs} 에포크째 늘고 있습니다: 과적합 - 드롭아웃, L2 규제나 조기 종료를 써 보세요</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>시스템 설정 ({language})</translation>
    </message>
    <message>
        <source>The language changes once this run is over.</source>
        <translation>이 실행이 끝나면 언어가 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>More: F1, or Help &gt; Lessons &gt; {title}</source>
        <translation>더 알아보기: F1 또는 도움말 &gt; 레슨 &gt; {title}</translation>
    </message>
</context>
<context>
    <name>lessons_panel</name>
    <message>
        <source>The lessons&apos; language (remembered)</source>
        <translation>레슨의 언어(기억됨)</translation>
    </message>
    <message>
        <source>Open the lesson&apos;s experiment and the view to look at</source>
        <translation>레슨의 실험을 열고 살펴볼 화면을 띄웁니다</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <source>What each lesson claims, why, and an experiment that shows it</source>
        <translation>각 레슨의 주장과 그 이유, 그리고 이를 보여 주는 실험</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation>LayerLab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About LayerLab</source>
        <translation>LayerLab 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;LayerLab&lt;/b&gt;&lt;br&gt;Build a network layer by layer, train it with Keras and watch every layer learn. Help &gt; Lessons (F1) shows what each lesson claims and an experiment that shows it.</source>
        <translation>&lt;b&gt;LayerLab&lt;/b&gt;&lt;br&gt;신경망을 층 단위로 쌓고 Keras로 학습시키며 모든 층이 학습하는 모습을 지켜보세요. 도움말 &gt; 레슨(F1)에서 각 레슨의 주장과 그것을 보여 주는 실험을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>live_view</name>
    <message>
        <source>Each layer&apos;s outputs after its activation function</source>
        <translation>활성화 함수를 거친 각 층의 출력</translation>
    </message>
    <message>
        <source>Each layer&apos;s outputs before its activation (after the weights, and BatchNorm)</source>
        <translation>활성화 함수 전 각 층의 출력 (가중치와 배치 정규화를 거친 값)</translation>
    </message>
    <message>
        <source>Each layer&apos;s kernel weights</source>
        <translation>각 층의 커널 가중치</translation>
    </message>
    <message>
        <source>How strongly the loss pulls on each layer (from input to output: vanishing gradients show before the first step), over time, and how fast each layer changes</source>
        <translation>손실이 각 층을 얼마나 세게 당기는지(입력에서 출력 순: 기울기 소실은 첫 스텝 전에 드러납니다), 그 시간에 따른 변화, 그리고 각 층이 얼마나 빨리 바뀌는지</translation>
    </message>
    <message>
        <source>Which classes get confused with which</source>
        <translation>어떤 클래스가 어떤 클래스와 혼동되는지</translation>
    </message>
    <message>
        <source>What the model predicts over the plane (2-D datasets)</source>
        <translation>모델이 평면 전체에서 예측하는 값 (2차원 데이터셋)</translation>
    </message>
    <message>
        <source>What the numbers say, with the lessons&apos; advice</source>
        <translation>수치가 말해 주는 것과 레슨의 조언</translation>
    </message>
    <message>
        <source>The data: first rows, feature spreads before and after preprocessing, samples and augmented copies</source>
        <translation>데이터: 처음 몇 행, 전처리 전후 특성 분포, 샘플과 증강된 사본</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <source>Ready to train</source>
        <translation>학습 준비 완료</translation>
    </message>
    <message>
        <source>Gradient norm per layer (probe batch)</source>
        <translation>층별 기울기 노름 (프로브 배치)</translation>
    </message>
    <message>
        <source>Update / weight ratio per step</source>
        <translation>스텝별 업데이트 / 가중치 비율</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Pre-activations</source>
        <translation>활성화 전</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inside the network&lt;/b&gt; · waiting for TensorFlow…</source>
        <translation>&lt;b&gt;신경망 내부&lt;/b&gt; · TensorFlow 기다리는 중…</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Activation histograms</source>
        <translation>활성값 히스토그램</translation>
    </message>
    <message>
        <source>Pre-activation histograms</source>
        <translation>활성화 전 값 히스토그램</translation>
    </message>
    <message>
        <source>Weight histograms</source>
        <translation>가중치 히스토그램</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>기울기 노름</translation>
    </message>
    <message>
        <source>Update ratios</source>
        <translation>업데이트 비율</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>Reading the data… {share}</source>
        <translation>데이터 읽는 중… {share}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Cannot train:
{reasons}</source>
        <translation>학습할 수 없습니다:
{reasons}</translation>
    </message>
    <message>
        <source>Stop at the next batch (Shift+F5)</source>
        <translation>다음 배치에서 중지합니다(Shift+F5)</translation>
    </message>
    <message>
        <source>Train the network from scratch (F5)</source>
        <translation>신경망을 처음부터 학습합니다(F5)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Starting… (waiting for TensorFlow to load)</source>
        <translation>시작하는 중… (TensorFlow 로딩 대기)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inside the network&lt;/b&gt; · computing the preview…</source>
        <translation>&lt;b&gt;신경망 내부&lt;/b&gt; · 미리보기 계산 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inside the network&lt;/b&gt; · TensorFlow is loading…</source>
        <translation>&lt;b&gt;신경망 내부&lt;/b&gt; · TensorFlow 불러오는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inside the network&lt;/b&gt; · as initialized, before any training · probe: {samples} validation samples</source>
        <translation>&lt;b&gt;신경망 내부&lt;/b&gt; · 학습 전 초기화 직후 · 프로브: 검증 샘플 {samples}개</translation>
    </message>
    <message>
        <source>Training on {samples} samples…</source>
        <translation>샘플 {samples}개로 학습하는 중…</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{batches} · loss {loss}</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{batches} · 손실 {loss}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: {metrics}</source>
        <translation>에포크 {epoch}: {metrics}</translation>
    </message>
    <message>
        <source>Diagnostics ({count})</source>
        <translation>진단 ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inside the network&lt;/b&gt; · step {step} · epoch {epoch} · probe: {samples} validation samples</source>
        <translation>&lt;b&gt;신경망 내부&lt;/b&gt; · 스텝 {step} · 에포크 {epoch} · 프로브: 검증 샘플 {samples}개</translation>
    </message>
    <message>
        <source>Stopped after {epochs} epochs in {seconds} s</source>
        <translation>{epochs} 에포크 후 중지, {seconds} s 소요</translation>
    </message>
    <message>
        <source>Stopped · epoch {epoch}/{epochs}</source>
        <translation>중지됨 · 에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>Finished after {epochs} epochs in {seconds} s</source>
        <translation>{epochs} 에포크 후 완료, {seconds} s 소요</translation>
    </message>
    <message>
        <source>Finished · epoch {epoch}/{epochs}</source>
        <translation>완료 · 에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>looking inside took {time}</source>
        <translation>내부 관찰에 {time} 소요</translation>
    </message>
    <message>
        <source>test accuracy {accuracy}%</source>
        <translation>테스트 정확도 {accuracy}%</translation>
    </message>
    <message>
        <source>test loss {loss}</source>
        <translation>테스트 손실 {loss}</translation>
    </message>
    <message>
        <source>Run opened · {epochs} epochs, {state}</source>
        <translation>실행 열림 · {epochs} 에포크, {state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inside the network&lt;/b&gt; · run “{title}” of {started} · {count} snapshots</source>
        <translation>&lt;b&gt;신경망 내부&lt;/b&gt; · {started}의 실행 “{title}” · 스냅샷 {count}개</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>machine</name>
    <message>
        <source>{count} bytes</source>
        <translation>{count}바이트</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>must be a positive integer, got {text}</source>
        <translation>양의 정수여야 합니다 (받은 값: {text})</translation>
    </message>
    <message>
        <source>LayerLab: build a neural network layer by layer, train it with Keras and watch it learn. With no command, opens the window.</source>
        <translation>LayerLab: 신경망을 층별로 쌓고 Keras로 학습시키며 배우는 과정을 지켜봅니다. 명령 없이 실행하면 창을 엽니다.</translation>
    </message>
    <message>
        <source>commands:
  run    train an experiment without a window (see &apos;layerlab run --help&apos;)
  check  validate experiment files and read their data, without training
  export take a run&apos;s trained model out, checked (see &apos;layerlab export --help&apos;)</source>
        <translation>명령:
  run    창 없이 실험을 학습합니다 (&apos;layerlab run --help&apos; 참고)
  check  학습하지 않고 실험 파일을 검사하고 데이터를 읽어 봅니다
  export 실행의 학습된 모델을 검사를 거쳐 내보냅니다 (&apos;layerlab export --help&apos; 참고)</translation>
    </message>
    <message>
        <source>experiment file (.json) to open; default: digits MLP</source>
        <translation>열 실험 파일(.json). 기본값: 숫자 MLP</translation>
    </message>
    <message>
        <source>show LayerLab&apos;s version and exit</source>
        <translation>LayerLab 버전을 표시하고 종료합니다</translation>
    </message>
    <message>
        <source>Train an experiment headless. Writes experiment.json, metrics.csv, histograms.npz and model.keras into the output directory.</source>
        <translation>창 없이 실험을 학습합니다. 출력 디렉터리에 experiment.json, metrics.csv, histograms.npz, model.keras를 씁니다.</translation>
    </message>
    <message>
        <source>experiment file (.json); default: digits MLP</source>
        <translation>실험 파일(.json). 기본값: 숫자 MLP</translation>
    </message>
    <message>
        <source>directory for the run&apos;s files</source>
        <translation>실행 파일을 둘 디렉터리</translation>
    </message>
    <message>
        <source>override the experiment&apos;s epochs</source>
        <translation>실험의 에포크 수 대신 쓸 값</translation>
    </message>
    <message>
        <source>train on N devices with MirroredStrategy: N GPUs, or on a machine without one, the CPU split into N; default: every GPU when there are several, else one device (a cluster in TF_CONFIG: MultiWorkerMirroredStrategy)</source>
        <translation>MirroredStrategy로 장치 N개에서 학습합니다. GPU N개, GPU가 없는 컴퓨터에서는 CPU를 N개로 나눕니다. 기본값: GPU가 여러 개면 모든 GPU, 아니면 장치 하나 (TF_CONFIG에 클러스터가 있으면 MultiWorkerMirroredStrategy)</translation>
    </message>
    <message>
        <source>replay the learning-rate changes of a run steered in the window, at the same steps (its steering.json)</source>
        <translation>창에서 직접 조정한 실행의 학습률 변경을 같은 스텝에서 다시 적용합니다 (그 실행의 steering.json)</translation>
    </message>
    <message>
        <source>on a failure, also print the technical details</source>
        <translation>실패하면 기술적인 세부 정보도 출력합니다</translation>
    </message>
    <message>
        <source>Validate experiment files and read their data files, without training. Prints every problem of each file, or &apos;FILE: ok&apos;. Exit status 0 when all are fine, 2 otherwise.</source>
        <translation>학습하지 않고 실험 파일을 검사하고 데이터 파일을 읽어 봅니다. 파일마다 모든 문제를, 문제가 없으면 &apos;FILE: 정상&apos;을 출력합니다. 모두 괜찮으면 종료 상태 0, 아니면 2입니다.</translation>
    </message>
    <message>
        <source>experiment files (.json)</source>
        <translation>실험 파일(.json)</translation>
    </message>
    <message>
        <source>Export a run&apos;s trained model and check it: the file is loaded again in its own runtime and compared with the trained model on 256 validation samples. Exit status 0 when it passed, 1 when the export or its check failed, 2 for a run folder that cannot be used.</source>
        <translation>실행의 학습된 모델을 내보내고 검사합니다. 파일을 해당 형식의 런타임에서 다시 불러와 검증 샘플 256개로 학습된 모델과 비교합니다. 통과하면 종료 상태 0, 내보내기나 검사가 실패하면 1, 쓸 수 없는 실행 폴더면 2입니다.</translation>
    </message>
    <message>
        <source>a run folder (holds model.keras)</source>
        <translation>실행 폴더 (model.keras가 들어 있는 폴더)</translation>
    </message>
    <message>
        <source>what to write</source>
        <translation>쓸 형식</translation>
    </message>
    <message>
        <source>the file (or folder) to write</source>
        <translation>쓸 파일(또는 폴더)</translation>
    </message>
    <message>
        <source>for tflite: float16 or 8-bit (dynamic range) weights</source>
        <translation>tflite용: float16 또는 8비트(동적 범위) 가중치</translation>
    </message>
    <message>
        <source>{folder} is not a run folder (it has no model.keras)</source>
        <translation>{folder}은(는) 실행 폴더가 아닙니다 (model.keras가 없습니다)</translation>
    </message>
    <message>
        <source>Write a lab report: one self-contained HTML file (no network, no script) with each run&apos;s experiment, curves, histograms at the start, middle and end, gradients, confusion matrix or decision boundary, diagnoses, test metrics and machine; several runs add a comparison. Exit status 0, or 2 for a folder that is no run or a file that cannot be written.</source>
        <translation>실험 보고서를 씁니다. 네트워크도 스크립트도 필요 없는 HTML 파일 하나에 실행마다 실험, 곡선, 처음·중간·끝의 히스토그램, 기울기, 혼동 행렬이나 결정 경계, 진단, 테스트 지표, 컴퓨터 정보를 담습니다. 실행이 여러 개면 비교가 더해집니다. 종료 상태는 0, 실행 폴더가 아닌 폴더나 쓸 수 없는 파일이면 2입니다.</translation>
    </message>
    <message>
        <source>run folders</source>
        <translation>실행 폴더</translation>
    </message>
    <message>
        <source>the HTML file to write</source>
        <translation>쓸 HTML 파일</translation>
    </message>
    <message>
        <source>wrote {file} ({size} MB, {count} run(s))</source>
        <translation>{file}을(를) 저장했습니다 ({size} MB, 실행 {count}개)</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>{file} is not a valid experiment:</source>
        <translation>{file}은(는) 올바른 실험이 아닙니다:</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message>
        <source>cannot load the data: {error}</source>
        <translation>데이터를 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>cannot create --out {out}: {reason}</source>
        <translation>--out {out}을(를) 만들 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>--out {out} exists and is not a directory</source>
        <translation>--out {out}이(가) 이미 있고 디렉터리가 아닙니다</translation>
    </message>
    <message>
        <source>cannot create --out {out}: {file} is not a directory</source>
        <translation>--out {out}을(를) 만들 수 없습니다: {file}은(는) 디렉터리가 아닙니다</translation>
    </message>
    <message>
        <source>cannot write into --out {out}: {reason}</source>
        <translation>--out {out}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>error: {problem}</source>
        <translation>오류: {problem}</translation>
    </message>
    <message>
        <source>Training &apos;{name}&apos; for {epochs} epochs on {devices}…</source>
        <translation>&apos;{name}&apos;을(를) {devices}에서 {epochs} 에포크 동안 학습합니다…</translation>
    </message>
    <message>
        <source>{rate} at step {step}</source>
        <translation>스텝 {step}에서 {rate}</translation>
    </message>
    <message>
        <source>Replaying the learning rates set by hand: {steps}</source>
        <translation>직접 설정한 학습률을 다시 적용합니다: {steps}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{total}  {metrics}</source>
        <translation>에포크 {epoch}/{total}  {metrics}</translation>
    </message>
    <message>
        <source>interrupted; the run so far is in {folder}</source>
        <translation>중단했습니다. 지금까지의 실행은 {folder}에 있습니다</translation>
    </message>
    <message>
        <source>done in {seconds} s (looking inside: {inside} s)  {metrics}</source>
        <translation>{seconds} s 만에 완료 (내부 관찰: {inside} s)  {metrics}</translation>
    </message>
    <message>
        <source>diagnosis: {finding}</source>
        <translation>진단: {finding}</translation>
    </message>
    <message>
        <source>wrote {folder}/experiment.json, metrics.csv, histograms.npz, model.keras</source>
        <translation>{folder}/experiment.json, metrics.csv, histograms.npz, model.keras를 저장했습니다</translation>
    </message>
    <message>
        <source>{file}: ok</source>
        <translation>{file}: 정상</translation>
    </message>
    <message>
        <source>Train an experiment once per choice of settings, picked by Optuna; one run folder per trial and summary.csv in --out.</source>
        <translation>Optuna가 고른 설정 조합마다 실험을 한 번씩 학습합니다. --out에 시도마다 실행 폴더 하나와 summary.csv를 씁니다.</translation>
    </message>
    <message>
        <source>Example: layerlab sweep exp.json --set layers[0].kernel_initializer=small_gaussian,glorot_uniform --out sweep</source>
        <translation>예: layerlab sweep exp.json --set layers[0].kernel_initializer=small_gaussian,glorot_uniform --out sweep</translation>
    </message>
    <message>
        <source>experiment file; default: digits MLP</source>
        <translation>실험 파일. 기본값: 숫자 MLP</translation>
    </message>
    <message>
        <source>a setting by its place in the file and its values: V1,V2,... or LOW:HIGH[:log] (repeatable)</source>
        <translation>파일 안의 위치로 지정한 설정과 그 값: V1,V2,... 또는 LOW:HIGH[:log] (여러 번 쓸 수 있음)</translation>
    </message>
    <message>
        <source>how many trials (default: the grid&apos;s size)</source>
        <translation>시도 횟수 (기본값: 그리드 크기)</translation>
    </message>
    <message>
        <source>runs per trial, seeds apart</source>
        <translation>시도마다 시드를 달리한 실행 수</translation>
    </message>
    <message>
        <source>what the search optimizes (last epoch)</source>
        <translation>탐색이 최적화할 지표 (마지막 에포크)</translation>
    </message>
    <message>
        <source>trials at once</source>
        <translation>동시에 실행할 시도 수</translation>
    </message>
    <message>
        <source>folder for the trials&apos; runs</source>
        <translation>시도들의 실행을 둘 폴더</translation>
    </message>
    <message>
        <source>an Optuna storage URL (default: a journal in --out)</source>
        <translation>Optuna 저장소 URL (기본값: --out 안의 저널 파일)</translation>
    </message>
    <message>
        <source>the study&apos;s name</source>
        <translation>스터디 이름</translation>
    </message>
    <message>
        <source>a grid needs listed values (PATH=V1,V2); ranges need random or tpe</source>
        <translation>그리드에는 값 목록(PATH=V1,V2)이 필요합니다. 범위에는 random이나 tpe를 쓰세요</translation>
    </message>
    <message>
        <source>--strategy {strategy} needs --trials N</source>
        <translation>--strategy {strategy}에는 --trials N이 필요합니다</translation>
    </message>
    <message>
        <source>--metric {metric}: one of {choices}</source>
        <translation>--metric {metric}: {choices} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>Sweep of {trials} trials ({strategy}), {parallel} at a time:</source>
        <translation>시도 {trials}개의 스윕({strategy}), 한 번에 {parallel}개씩:</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>{file}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>{count} worker process(es) failed</source>
        <translation>워커 프로세스 {count}개가 실패했습니다</translation>
    </message>
    <message>
        <source>Join a sweep&apos;s study in a shared Optuna storage and train its trials until it has them all (start one on each machine).</source>
        <translation>공유 Optuna 저장소에 있는 스윕의 스터디에 참여해 시도가 모두 끝날 때까지 학습합니다 (컴퓨터마다 하나씩 시작하세요).</translation>
    </message>
    <message>
        <source>the study&apos;s Optuna storage URL</source>
        <translation>스터디의 Optuna 저장소 URL</translation>
    </message>
    <message>
        <source>folder for this worker&apos;s runs</source>
        <translation>이 워커의 실행을 둘 폴더</translation>
    </message>
    <message>
        <source>this worker trained {count} trial(s); the study is complete</source>
        <translation>이 워커가 시도 {count}개를 학습했습니다. 스터디가 끝났습니다</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>LayerLab experiments (*.json);;All files (*)</source>
        <translation>LayerLab 실험 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation>Keras 모델 (*.keras);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Engine: TensorFlow ready</source>
        <translation>엔진: TensorFlow 준비됨</translation>
    </message>
    <message>
        <source>Engine: stopped — restarts with the next run</source>
        <translation>엔진: 중지됨 — 다음 실행 때 다시 시작됩니다</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>신경망(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>데이터(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>학습(&amp;R)</translation>
    </message>
    <message>
        <source>Dataset, your own files, split, preprocessing, augmentation</source>
        <translation>데이터셋, 내 파일, 분할, 전처리, 데이터 증강</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>실행 기록(&amp;U)</translation>
    </message>
    <message>
        <source>Every run kept: reopen, compare, rename, tag, delete, run again</source>
        <translation>보관된 모든 실행: 다시 열기, 비교, 이름 바꾸기, 태그, 삭제, 다시 실행</translation>
    </message>
    <message>
        <source>Engine: loading TensorFlow…</source>
        <translation>엔진: TensorFlow 불러오는 중…</translation>
    </message>
    <message>
        <source>Runs train on {devices}</source>
        <translation>실행은 {devices}에서 학습합니다</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Save the changes to &apos;{name}&apos; first?</source>
        <translation>&apos;{name}&apos;의 변경 사항을 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is training. Stop the run and quit?</source>
        <translation>&apos;{name}&apos;을(를) 학습하는 중입니다. 실행을 중지하고 종료할까요?</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>중지하고 종료</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>저장하지 않은 작업을 복원할까요?</translation>
    </message>
    <message>
        <source>LayerLab did not close normally. The unsaved changes to &apos;{name}&apos; were autosaved {when}.</source>
        <translation>LayerLab이 정상적으로 종료되지 않았습니다. &apos;{name}&apos;의 저장하지 않은 변경 사항이 {when}에 자동 저장되었습니다.</translation>
    </message>
    <message>
        <source>Restore them?</source>
        <translation>복원할까요?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Restored the work autosaved {when}</source>
        <translation>{when}에 자동 저장된 작업을 복원했습니다</translation>
    </message>
    <message>
        <source>Stop the running training first.</source>
        <translation>먼저 진행 중인 학습을 중지하세요.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>Stop the running training before opening another file.</source>
        <translation>다른 파일을 열기 전에 진행 중인 학습을 중지하세요.</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <source>Import a trained model</source>
        <translation>학습된 모델 가져오기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot import the model&lt;/b&gt; — {why}</source>
        <translation>&lt;b&gt;모델을 가져올 수 없습니다&lt;/b&gt; — {why}</translation>
    </message>
    <message>
        <source>import a model</source>
        <translation>모델 가져오기</translation>
    </message>
    <message>
        <source>Save experiment as</source>
        <translation>실험을 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>There is no trained model to export yet: train first.</source>
        <translation>아직 내보낼 학습된 모델이 없습니다. 먼저 학습하세요.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not export&lt;/b&gt; — {why}</source>
        <translation>&lt;b&gt;내보낼 수 없습니다&lt;/b&gt; — {why}</translation>
    </message>
    <message>
        <source>Export plot: {plot}</source>
        <translation>그래프 내보내기: {plot}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not export the plot&lt;/b&gt; — {why}</source>
        <translation>&lt;b&gt;그래프를 내보낼 수 없습니다&lt;/b&gt; — {why}</translation>
    </message>
    <message>
        <source>Saved the {plot} plot to {path}</source>
        <translation>{plot} 그래프를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>지표 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>There are no metrics to export yet: train first.</source>
        <translation>아직 내보낼 지표가 없습니다. 먼저 학습하세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not export the metrics&lt;/b&gt; — {why}</source>
        <translation>&lt;b&gt;지표를 내보낼 수 없습니다&lt;/b&gt; — {why}</translation>
    </message>
    <message>
        <source>Saved {count} epochs of metrics to {path}</source>
        <translation>에포크 {count}개의 지표를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot train yet&lt;/b&gt;&lt;br&gt;{problems}</source>
        <translation>&lt;b&gt;아직 학습할 수 없습니다&lt;/b&gt;&lt;br&gt;{problems}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Start from the default experiment</source>
        <translation>기본 실험에서 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an experiment file</source>
        <translation>실험 파일을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Import Model…</source>
        <translation>모델 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Start the network with a trained .keras model, its head cut off and its layers frozen (transfer learning)</source>
        <translation>학습된 .keras 모델로 신경망을 시작합니다. 출력 쪽 헤드는 잘라 내고 층은 고정합니다(전이 학습)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the experiment to its file</source>
        <translation>실험을 해당 파일에 저장합니다</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save under a new name</source>
        <translation>새 이름으로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Export Trained Model…</source>
        <translation>학습된 모델 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the last run&apos;s trained model (Keras, SavedModel, ONNX, LiteRT, a script)</source>
        <translation>마지막 실행에서 학습된 모델을 내보냅니다(Keras, SavedModel, ONNX, LiteRT, 스크립트)</translation>
    </message>
    <message>
        <source>Export &amp;Metrics as CSV…</source>
        <translation>지표를 CSV로 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>The last run&apos;s loss, accuracy and learning rate per epoch, as a CSV file</source>
        <translation>마지막 실행의 에포크별 손실, 정확도, 학습률을 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit LayerLab</source>
        <translation>LayerLab을 종료합니다</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습 시작(&amp;T)</translation>
    </message>
    <message>
        <source>Train (F5)</source>
        <translation>학습 시작(F5)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>Stop at the next batch (Shift+F5)</source>
        <translation>다음 배치에서 중지합니다(Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>템플릿으로 새로 만들기(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;Plot</source>
        <translation>그래프 내보내기(&amp;P)</translation>
    </message>
    <message>
        <source>Save the {plot} plot as a PNG image or an SVG drawing</source>
        <translation>{plot} 그래프를 PNG 이미지나 SVG 그림으로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Lesson &amp;Sweeps</source>
        <translation>레슨 스윕(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>스윕(&amp;W)…</translation>
    </message>
    <message>
        <source>Train the experiment once per value (or combination) of its settings, then compare</source>
        <translation>설정의 값(또는 조합)마다 실험을 한 번씩 학습한 뒤 비교합니다</translation>
    </message>
    <message>
        <source>Stop Sweep</source>
        <translation>스윕 중지</translation>
    </message>
    <message>
        <source>Stop the sweep; its finished runs stay</source>
        <translation>스윕을 중지합니다. 끝난 실행은 남습니다</translation>
    </message>
</context>
<context>
    <name>network_graph</name>
    <message>
        <source>skip</source>
        <translation>스킵</translation>
    </message>
    <message>
        <source>{count} inputs</source>
        <translation>입력 {count}개</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>유닛 {count}개</translation>
    </message>
    <message>
        <source>no weights yet</source>
        <translation>아직 가중치 없음</translation>
    </message>
    <message>
        <source>as initialized</source>
        <translation>초기화 직후</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>스텝 {step}</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>양의 가중치</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>음의 가중치</translation>
    </message>
    <message>
        <source>· thicker: larger · {state}</source>
        <translation>· 굵을수록 큼 · {state}</translation>
    </message>
    <message>
        <source>{name}
Its weights show once the network is built.</source>
        <translation>{name}
신경망이 만들어지면 가중치가 표시됩니다.</translation>
    </message>
    <message>
        <source>outputs: mean {mean}, std {std}</source>
        <translation>출력: 평균 {mean}, 표준편차 {std}</translation>
    </message>
    <message>
        <source>no weights of its own</source>
        <translation>자체 가중치 없음</translation>
    </message>
    <message>
        <source>incoming weights: {weights}</source>
        <translation>들어오는 가중치: {weights}</translation>
    </message>
    <message>
        <source>from {count} inputs: mean weight {mean}, root mean square {rms}</source>
        <translation>입력 {count}개에서: 평균 가중치 {mean}, 제곱평균제곱근 {rms}</translation>
    </message>
    <message>
        <source>{layer}: {count} inputs</source>
        <translation>{layer}: 입력 {count}개</translation>
    </message>
    <message>
        <source>{layer}: {count} units</source>
        <translation>{layer}: 유닛 {count}개</translation>
    </message>
    <message>
        <source>{layer} · input {number}</source>
        <translation>{layer} · 입력 {number}</translation>
    </message>
    <message>
        <source>{layer} · unit {number}</source>
        <translation>{layer} · 뉴런 {number}</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>no file chosen yet</source>
        <translation>아직 파일을 고르지 않았습니다</translation>
    </message>
    <message>
        <source>{file} has not been read yet</source>
        <translation>{file}을(를) 아직 읽지 않았습니다</translation>
    </message>
    <message>
        <source>{layer} ({count} parameters)</source>
        <translation>{layer} (파라미터 {count}개)</translation>
    </message>
    <message>
        <source>training needs about {needed} of memory, more than the {free} this machine has free; the biggest layers: {layers}. Use fewer units or filters, or a smaller batch.</source>
        <translation>학습에 메모리가 약 {needed} 필요해 이 컴퓨터의 여유 메모리 {free}보다 많습니다. 가장 큰 층: {layers}. 유닛이나 필터 수를 줄이거나 배치 크기를 줄이세요.</translation>
    </message>
    <message>
        <source>training needs about {needed} of memory, more than the {free} this machine has free. Use fewer units or filters, or a smaller batch.</source>
        <translation>학습에 메모리가 약 {needed} 필요해 이 컴퓨터의 여유 메모리 {free}보다 많습니다. 유닛이나 필터 수를 줄이거나 배치 크기를 줄이세요.</translation>
    </message>
    <message>
        <source>{count} samples are too few to split into training, validation and test sets</source>
        <translation>샘플 {count}개는 학습, 검증, 테스트 데이터로 나누기에 너무 적습니다</translation>
    </message>
    <message>
        <source>image augmentation needs image data</source>
        <translation>이미지 증강에는 이미지 데이터가 필요합니다</translation>
    </message>
</context>
<context>
    <name>plot_export</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>cannot save a plot as &apos;{kind}&apos;: use .png or .svg</source>
        <translation>그래프를 &apos;{kind}&apos;(으)로 저장할 수 없습니다: .png 또는 .svg를 쓰세요</translation>
    </message>
    <message>
        <source>Qt could not encode the image</source>
        <translation>Qt가 이미지를 인코딩하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>손실 (로그 스케일)</translation>
    </message>
    <message>
        <source>train, per batch</source>
        <translation>학습, 배치별</translation>
    </message>
    <message>
        <source>train, epoch mean</source>
        <translation>학습, 에포크 평균</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>used</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>January</source>
        <translation>1월</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2월</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3월</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4월</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5월</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6월</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7월</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8월</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9월</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10월</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11월</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12월</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>오늘 {time}</translation>
    </message>
    <message>
        <source>on {day} {month} {year} at {time}</source>
        <translation>{year}년 {month} {day}일 {time}</translation>
    </message>
    <message>
        <source>Could not autosave: {why}</source>
        <translation>자동 저장할 수 없습니다: {why}</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>{folder}: not a LayerLab run folder (it has no status.json)</source>
        <translation>{folder}: LayerLab 실행 폴더가 아닙니다 (status.json이 없습니다)</translation>
    </message>
    <message>
        <source>{folder}: cannot be read ({error})</source>
        <translation>{folder}: 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>The experiment file cannot be read.</source>
        <translation>실험 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 모양</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>rate {rate}</source>
        <translation>학습률 {rate}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>손실 (로그 스케일)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Learning rate (at each epoch&apos;s last step)</source>
        <translation>학습률 (각 에포크의 마지막 스텝)</translation>
    </message>
    <message>
        <source>used</source>
        <translation>사용한 값</translation>
    </message>
    <message>
        <source>start</source>
        <translation>처음</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>중간</translation>
    </message>
    <message>
        <source>end</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>step {step}, epoch {epoch}</source>
        <translation>스텝 {step}, 에포크 {epoch}</translation>
    </message>
    <message>
        <source>No snapshots were kept.</source>
        <translation>남은 스냅샷이 없습니다.</translation>
    </message>
    <message>
        <source>{moment} (step {step})</source>
        <translation>{moment} (스텝 {step})</translation>
    </message>
    <message>
        <source>gradient norm (log)</source>
        <translation>기울기 노름 (로그)</translation>
    </message>
    <message>
        <source>Gradient norm by layer</source>
        <translation>층별 기울기 노름</translation>
    </message>
    <message>
        <source>layer, as numbered in the network (the last: the output)</source>
        <translation>층 (신경망의 번호, 마지막은 출력층)</translation>
    </message>
    <message>
        <source>Gradient norm per layer over training</source>
        <translation>학습 동안의 층별 기울기 노름</translation>
    </message>
    <message>
        <source>by layer</source>
        <translation>층별</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>시간에 따라</translation>
    </message>
    <message>
        <source>P(class 1) over the plane at step {step}, blue to orange, with the training points.</source>
        <translation>스텝 {step}에서 평면 위의 P(클래스 1)를 파랑에서 주황으로, 학습 데이터 점과 함께 나타냅니다.</translation>
    </message>
    <message>
        <source>The prediction over the plane at step {step}, blue to orange, with the training points.</source>
        <translation>스텝 {step}에서 평면 위의 예측값을 파랑에서 주황으로, 학습 데이터 점과 함께 나타냅니다.</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <source>The probe batch of validation samples at step {step}: true class down, predicted across; {share} right.</source>
        <translation>스텝 {step}에서 검증 샘플 프로브 배치: 세로는 실제 클래스, 가로는 예측 클래스이며 {share}를 맞혔습니다.</translation>
    </message>
    <message>
        <source>true \ predicted</source>
        <translation>실제 \ 예측</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>No problem found: no saturated, collapsed or dead layer, no vanishing or exploding gradient, no over-fitting.</source>
        <translation>문제를 찾지 못했습니다. 포화되거나 붕괴되거나 죽은 층이 없고, 기울기 소실이나 폭주도, 과적합도 없습니다.</translation>
    </message>
    <message>
        <source>machine: {key}</source>
        <translation>컴퓨터: {key}</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>run folder</source>
        <translation>실행 폴더</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>테스트하지 않았습니다.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>what</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Steered while training</source>
        <translation>학습 중 직접 조정한 내용</translation>
    </message>
    <message>
        <source>{state} · started {when} · {epochs} epochs</source>
        <translation>{state} · {when} 시작 · {epochs} 에포크</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <source>Activation histograms: start, middle, end</source>
        <translation>활성값 히스토그램: 처음, 중간, 끝</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Diagnoses and their lessons</source>
        <translation>진단과 관련 레슨</translation>
    </message>
    <message>
        <source>Test metrics</source>
        <translation>테스트 지표</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>실행 환경</translation>
    </message>
    <message>
        <source>final {metric}</source>
        <translation>최종 {metric}</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>Comparison of {count} runs</source>
        <translation>실행 {count}개 비교</translation>
    </message>
    <message>
        <source>no run folder given</source>
        <translation>실행 폴더를 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>{count} runs</source>
        <translation>실행 {count}개</translation>
    </message>
    <message>
        <source>LayerLab lab report: {title}</source>
        <translation>LayerLab 실험 보고서: {title}</translation>
    </message>
    <message>
        <source>Written {when} by LayerLab {version} from the run folders.</source>
        <translation>{when}, LayerLab {version}이(가) 실행 폴더를 바탕으로 작성했습니다.</translation>
    </message>
</context>
<context>
    <name>report_export</name>
    <message>
        <source>Web page, self-contained (*.html);;PDF document (*.pdf)</source>
        <translation>웹 페이지, 단일 파일 (*.html);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Lab &amp;Report…</source>
        <translation>실험 보고서 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>The runs selected in the Runs tab (else the last run) as a lab report to hand in: one HTML page (or a PDF) with the experiment, curves, histograms, gradients, confusion, diagnoses and machine</source>
        <translation>실행 기록 탭에서 선택한 실행들(없으면 마지막 실행)을 제출용 실험 보고서로 만듭니다: 실험, 곡선, 히스토그램, 기울기, 혼동 행렬, 진단, 컴퓨터 정보를 담은 HTML 페이지 한 장(또는 PDF)</translation>
    </message>
    <message>
        <source>There is no run to report on yet: train one, or select runs in the Runs tab.</source>
        <translation>보고서로 만들 실행이 아직 없습니다. 먼저 학습하거나 실행 기록 탭에서 실행을 선택하세요.</translation>
    </message>
    <message>
        <source>Export lab report</source>
        <translation>실험 보고서 내보내기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not write the report&lt;/b&gt; — {why}</source>
        <translation>&lt;b&gt;보고서를 쓰지 못했습니다&lt;/b&gt; — {why}</translation>
    </message>
    <message>
        <source>Wrote the lab report of {count} run(s) to {target}</source>
        <translation>실행 {count}개의 실험 보고서를 {target}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>run_files</name>
    <message>
        <source>{folder} is not a run folder</source>
        <translation>{folder}은(는) 실행 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>cannot delete {folder}: {reason}</source>
        <translation>{folder}을(를) 삭제할 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>runs_desk</name>
    <message>
        <source>A run is training: open a stored run once it has finished.</source>
        <translation>학습 중인 실행이 있습니다. 학습이 끝난 뒤 저장된 실행을 여세요.</translation>
    </message>
    <message>
        <source>Cannot open the run {folder}: {why}</source>
        <translation>실행 {folder}을(를) 열 수 없습니다: {why}</translation>
    </message>
    <message>
        <source>Opened the run “{title}” ({state}, {epochs} epochs)</source>
        <translation>실행 “{title}”을(를) 열었습니다({state}, {epochs} 에포크)</translation>
    </message>
    <message>
        <source>Cannot compare these runs: {why}</source>
        <translation>이 실행들을 비교할 수 없습니다: {why}</translation>
    </message>
    <message>
        <source>The experiment of the run “{title}”, as a new file</source>
        <translation>실행 “{title}”의 실험을 새 파일로 열었습니다</translation>
    </message>
    <message>
        <source>Cannot replay how the run was steered: {why}</source>
        <translation>실행 중 직접 바꾼 학습률을 재현할 수 없습니다: {why}</translation>
    </message>
    <message>
        <source>{rate} at step {step}</source>
        <translation>스텝 {step}에서 {rate}</translation>
    </message>
    <message>
        <source>Training “{title}” again, with its rates set by hand: {rates}</source>
        <translation>“{title}”을(를) 직접 정한 학습률로 다시 학습합니다: {rates}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 외 {count}개</translation>
    </message>
    <message>
        <source>Delete {count} run(s) and all their files?</source>
        <translation>실행 {count}개와 그 파일을 모두 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>실행 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name of the run:</source>
        <translation>실행 이름:</translation>
    </message>
    <message>
        <source>Tag run</source>
        <translation>실행 태그</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>태그(쉼표로 구분):</translation>
    </message>
    <message>
        <source>“{title}” is still training: stop it before deleting it.</source>
        <translation>“{title}”은(는) 아직 학습 중입니다. 삭제하기 전에 중지하세요.</translation>
    </message>
    <message>
        <source>Deleted {count} run(s)</source>
        <translation>실행 {count}개를 삭제했습니다</translation>
    </message>
</context>
<context>
    <name>runs_panel</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Val. loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>Val. acc.</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>Test acc.</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Filter by name, dataset, status or tag</source>
        <translation>이름, 데이터셋, 상태, 태그로 거르기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Show the run in the views: curves, histograms, confusion</source>
        <translation>실행을 보기 화면에 표시합니다: 곡선, 히스토그램, 혼동 행렬</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Overlay the selected runs&apos; curves and list what differs</source>
        <translation>선택한 실행들의 곡선을 겹쳐 그리고 다른 점을 나열합니다</translation>
    </message>
    <message>
        <source>Open Experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <source>Put the run&apos;s experiment in the editor, as a new file</source>
        <translation>실행의 실험을 편집기에 새 파일로 엽니다</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>다시 학습</translation>
    </message>
    <message>
        <source>Train the run&apos;s experiment again</source>
        <translation>실행의 실험을 다시 학습합니다</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Export the run&apos;s trained model (Keras, SavedModel, ONNX, LiteRT, script)</source>
        <translation>실행에서 학습된 모델을 내보냅니다(Keras, SavedModel, ONNX, LiteRT, 스크립트)</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>보고서…</translation>
    </message>
    <message>
        <source>A lab report of the selected runs: one HTML page (or PDF) to hand in</source>
        <translation>선택한 실행들의 실험 보고서: 제출용 HTML 페이지 한 장(또는 PDF)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Give the run a name of its own</source>
        <translation>실행에 고유한 이름을 붙입니다</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>태그…</translation>
    </message>
    <message>
        <source>Label the run, to filter by</source>
        <translation>실행에 태그를 달아 거를 때 씁니다</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Delete the selected runs&apos; folders (asked first)</source>
        <translation>선택한 실행들의 폴더를 삭제합니다(먼저 확인합니다)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Read the run store again</source>
        <translation>실행 저장소를 다시 읽습니다</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>List the runs of other folders too (a CLI sweep&apos;s --out), or stop listing them</source>
        <translation>다른 폴더(CLI 스윕의 --out)의 실행도 목록에 넣거나 빼습니다</translation>
    </message>
    <message>
        <source>{root} and 1 more folder</source>
        <translation>{root} 외 폴더 1개</translation>
    </message>
    <message>
        <source>{root} and {count} more folders</source>
        <translation>{root} 외 폴더 {count}개</translation>
    </message>
    <message>
        <source>{total} runs in {where}</source>
        <translation>{where}의 실행 {total}개</translation>
    </message>
    <message>
        <source>{shown} of {total} runs shown</source>
        <translation>실행 {total}개 중 {shown}개 표시</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <source>Stop Listing {folder}</source>
        <translation>{folder} 목록에서 빼기</translation>
    </message>
    <message>
        <source>List the runs in a folder (a sweep&apos;s --out, another store)</source>
        <translation>폴더의 실행을 목록에 넣기(스윕의 --out, 다른 저장소)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>{field} ({count} layers)</source>
        <translation>{field} (층 {count}개)</translation>
    </message>
    <message>
        <source>same settings</source>
        <translation>같은 설정</translation>
    </message>
</context>
<context>
    <name>shapes</name>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>{units} units, {activation}</source>
        <translation>{units} 유닛, {activation}</translation>
    </message>
    <message>
        <source>The output</source>
        <translation>출력층</translation>
    </message>
</context>
<context>
    <name>spec</name>
    <message>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>preprocessing</source>
        <translation>전처리</translation>
    </message>
    <message>
        <source>validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <source>test share</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>kernel init</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <source>gradient clipping</source>
        <translation>기울기 클리핑</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>must be an object, got {kind}</source>
        <translation>객체여야 합니다 (받은 값: {kind})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>unknown field (expected one of: {fields})</source>
        <translation>알 수 없는 필드입니다 (가능한 필드: {fields})</translation>
    </message>
    <message>
        <source>unknown choice {value} (expected one of: {choices})</source>
        <translation>알 수 없는 선택지 {value}입니다 (가능한 값: {choices})</translation>
    </message>
    <message>
        <source>must be an object with a &apos;kind&apos;, got {kind}</source>
        <translation>&apos;kind&apos;가 있는 객체여야 합니다 (받은 값: {kind})</translation>
    </message>
    <message>
        <source>unknown layer kind {value} (expected one of: {kinds})</source>
        <translation>알 수 없는 층 종류 {value}입니다 (가능한 종류: {kinds})</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>리스트</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>must be {expected}, got {value}</source>
        <translation>{expected} 값이어야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>must be a positive integer, got {value}</source>
        <translation>양의 정수여야 합니다 (받은 값: {value})</translation>
    </message>
    <message>
        <source>{version} is newer than this LayerLab reads ({newest})</source>
        <translation>버전 {version}은(는) 이 LayerLab이 읽을 수 있는 버전({newest})보다 새롭습니다</translation>
    </message>
    <message>
        <source>no migration from version {version}</source>
        <translation>버전 {version}에서 변환하는 방법이 없습니다</translation>
    </message>
    <message>
        <source>an experiment must be a JSON object, got {kind}</source>
        <translation>실험은 JSON 객체여야 합니다 (받은 값: {kind})</translation>
    </message>
    <message>
        <source>must be a list, got {kind}</source>
        <translation>리스트여야 합니다 (받은 값: {kind})</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON ({error} at line {line}, column {column})</source>
        <translation>올바른 JSON이 아닙니다 ({line}행 {column}열: {error})</translation>
    </message>
    <message>
        <source>not usable JSON ({error})</source>
        <translation>쓸 수 없는 JSON입니다 ({error})</translation>
    </message>
</context>
<context>
    <name>steering</name>
    <message>
        <source>{path}: not a readable steering file ({error})</source>
        <translation>{path}: 읽을 수 있는 조정 기록 파일이 아닙니다 ({error})</translation>
    </message>
    <message>
        <source>{path}: not a LayerLab steering file (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{path}: LayerLab 조정 기록 파일이 아닙니다 (&quot;format&quot;: &quot;{format}&quot; 없음)</translation>
    </message>
    <message>
        <source>{path}: &quot;events&quot; must be a list</source>
        <translation>{path}: &quot;events&quot;는 리스트여야 합니다</translation>
    </message>
    <message>
        <source>{path}: events[{index}].step must be a whole number &gt;= 0</source>
        <translation>{path}: events[{index}].step은 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>{path}: events[{index}].value must be a learning rate &gt; 0</source>
        <translation>{path}: events[{index}].value는 0보다 큰 학습률이어야 합니다</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Hold the run after this batch; Resume goes on (F6)</source>
        <translation>이번 배치 후 실행을 멈춥니다. 계속을 누르면 이어서 진행합니다(F6)</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>학습률…</translation>
    </message>
    <message>
        <source>Set the learning rate for the rest of the run, from the next batch (Ctrl+Shift+R)</source>
        <translation>다음 배치부터 남은 실행 동안의 학습률을 설정합니다(Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Hold the run after this batch, or let a held run go on</source>
        <translation>이번 배치 후 실행을 멈추거나, 멈춘 실행을 계속합니다</translation>
    </message>
    <message>
        <source>Set Learning &amp;Rate…</source>
        <translation>학습률 설정(&amp;R)…</translation>
    </message>
    <message>
        <source>Change the learning rate for the rest of the run</source>
        <translation>남은 실행 동안의 학습률을 바꿉니다</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>일시 정지 중…</translation>
    </message>
    <message>
        <source>Set Learning Rate</source>
        <translation>학습률 설정</translation>
    </message>
    <message>
        <source>Learning rate from the next batch on
(a schedule goes on from it, scaled):</source>
        <translation>다음 배치부터 쓸 학습률
(학습률 스케줄은 이 값에 맞춰 비례해 이어집니다):</translation>
    </message>
    <message>
        <source>Learning rate {rate:g} from the next batch on</source>
        <translation>다음 배치부터 학습률 {rate:g}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>계속(&amp;R)</translation>
    </message>
    <message>
        <source>Paused · epoch {epoch:.2f}</source>
        <translation>일시 정지 · 에포크 {epoch:.2f}</translation>
    </message>
    <message>
        <source>Paused after step {step}: the views show this moment</source>
        <translation>스텝 {step} 후 일시 정지됨: 화면에 지금 이 순간이 표시됩니다</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>paused {seconds:.0f} s</source>
        <translation>일시 정지 {seconds:.0f} s</translation>
    </message>
    <message>
        <source>Resumed after {seconds:.1f} s</source>
        <translation>{seconds:.1f} s 후 계속됨</translation>
    </message>
    <message>
        <source>rate {rate:g}</source>
        <translation>학습률 {rate:g}</translation>
    </message>
</context>
<context>
    <name>svg_charts</name>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
<context>
    <name>sweep_dialog</name>
    <message>
        <source>Grid: every combination of the values listed</source>
        <translation>그리드: 나열한 값의 모든 조합</translation>
    </message>
    <message>
        <source>Random search (Optuna)</source>
        <translation>무작위 탐색 (Optuna)</translation>
    </message>
    <message>
        <source>Bayesian search, TPE (Optuna)</source>
        <translation>베이즈 탐색, TPE (Optuna)</translation>
    </message>
    <message>
        <source>V1, V2, ...  or  LOW:HIGH  or  LOW:HIGH:log</source>
        <translation>V1, V2, ...  또는  최소:최대  또는  최소:최대:log</translation>
    </message>
    <message>
        <source>The setting&apos;s place in the experiment file</source>
        <translation>실험 파일에서 이 설정의 위치</translation>
    </message>
    <message>
        <source>Sweep this setting no more</source>
        <translation>이 설정은 더 이상 스윕하지 않습니다</translation>
    </message>
    <message>
        <source>{hint}
Now: {value}</source>
        <translation>{hint}
현재: {value}</translation>
    </message>
    <message>
        <source>Sweep settings</source>
        <translation>스윕 설정</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Add Setting</source>
        <translation>설정 추가</translation>
    </message>
    <message>
        <source>Sweep another setting too: a grid tries every combination</source>
        <translation>다른 설정도 함께 스윕합니다. 그리드는 모든 조합을 시도합니다</translation>
    </message>
    <message>
        <source>How many runs a search trains</source>
        <translation>탐색이 학습할 실행 수</translation>
    </message>
    <message>
        <source>Runs per combination, seeds apart (grid only)</source>
        <translation>조합마다 시드를 달리한 실행 수(그리드 전용)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 수</translation>
    </message>
    <message>
        <source>Seeds per combination</source>
        <translation>조합당 시드 수</translation>
    </message>
    <message>
        <source>a setting is listed twice: sweep each once</source>
        <translation>같은 설정이 두 번 있습니다. 설정마다 한 번만 스윕하세요</translation>
    </message>
    <message>
        <source>a grid needs listed values (V1, V2); a range needs a random or TPE search</source>
        <translation>그리드에는 나열한 값(V1, V2)이 필요합니다. 범위는 무작위 탐색이나 TPE 탐색으로 지정하세요</translation>
    </message>
    <message>
        <source>{runs} runs: at most {most} at a time</source>
        <translation>실행 {runs}개: 한 번의 스윕에는 최대 {most}개까지 가능합니다</translation>
    </message>
    <message>
        <source>{runs} runs, one after the other, each kept in the Runs tab (its queue shows them); then they open side by side.</source>
        <translation>실행 {runs}개를 차례로 학습하고 각각 실행 기록 탭에 보관합니다(대기열에 표시됨). 끝나면 나란히 열어 비교합니다.</translation>
    </message>
    <message>
        <source>Sweep of {settings}</source>
        <translation>{settings} 스윕</translation>
    </message>
</context>
<context>
    <name>sweep_queue</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Val. loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <source>Cancel Trial</source>
        <translation>이 시도 취소</translation>
    </message>
    <message>
        <source>Stop the selected trial if it is training, or leave it out if it has not begun</source>
        <translation>선택한 시도가 학습 중이면 중지하고, 아직 시작하지 않았으면 제외합니다</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>모두 취소</translation>
    </message>
    <message>
        <source>Stop the sweep; the trials that finished stay</source>
        <translation>스윕을 중지합니다. 완료된 시도는 그대로 남습니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Hide the queue (its runs stay in the list below)</source>
        <translation>대기열을 숨깁니다(실행은 아래 목록에 남습니다)</translation>
    </message>
    <message>
        <source>{title} — running</source>
        <translation>{title} — 진행 중</translation>
    </message>
    <message>
        <source>{title} — ended</source>
        <translation>{title} — 종료</translation>
    </message>
    <message>
        <source>{ended} of {planned} runs done</source>
        <translation>실행 {planned}개 중 {ended}개 완료</translation>
    </message>
</context>
<context>
    <name>sweep_runner</name>
    <message>
        <source>random search</source>
        <translation>무작위 탐색</translation>
    </message>
    <message>
        <source>chosen by {strategy} when its turn comes</source>
        <translation>차례가 되면 {strategy} 방식으로 선택</translation>
    </message>
    <message>
        <source>A run is training: start the sweep once it ends.</source>
        <translation>학습 중인 실행이 있습니다. 끝난 뒤에 스윕을 시작하세요.</translation>
    </message>
    <message>
        <source>{title}: run {number} of {total}, {name}</source>
        <translation>{title}: 실행 {number}/{total}, {name}</translation>
    </message>
    <message>
        <source>{title} stopped: its runs are kept in the Runs tab</source>
        <translation>{title} 중지됨: 실행 결과는 실행 기록 탭에 보관됩니다</translation>
    </message>
    <message>
        <source>{title} ended with {finished} run(s) that finished: its runs are kept in the Runs tab</source>
        <translation>{title} 종료: 완료된 실행은 {finished}개이며, 실행 결과는 실행 기록 탭에 보관됩니다</translation>
    </message>
    <message>
        <source>{title} done: {runs} runs compared</source>
        <translation>{title} 완료: 실행 {runs}개 비교</translation>
    </message>
</context>
<context>
    <name>sweeps</name>
    <message>
        <source>{low} to {high} (log scale)</source>
        <translation>{low}~{high} (로그 스케일)</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low}~{high}</translation>
    </message>
    <message>
        <source>--set {text}: write PATH=V1,V2 or PATH=LOW:HIGH[:log]</source>
        <translation>--set {text}: PATH=V1,V2 또는 PATH=LOW:HIGH[:log] 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>--set {text}: a range is LOW:HIGH or LOW:HIGH:log, in numbers</source>
        <translation>--set {text}: 범위는 숫자로 LOW:HIGH 또는 LOW:HIGH:log 형식입니다</translation>
    </message>
    <message>
        <source>--set {text}: a range needs LOW &lt; HIGH (and LOW &gt; 0 on a log scale)</source>
        <translation>--set {text}: 범위는 LOW &lt; HIGH여야 합니다 (로그 스케일이면 LOW &gt; 0도)</translation>
    </message>
    <message>
        <source>--set {text}: no values</source>
        <translation>--set {text}: 값이 없습니다</translation>
    </message>
    <message>
        <source>{place}: not a place in the experiment file (e.g. layers[0].units)</source>
        <translation>{place}: 실험 파일 안의 위치가 아닙니다 (예: layers[0].units)</translation>
    </message>
    <message>
        <source>{place}: there is no item {item} there</source>
        <translation>{place}: 그 자리에 항목 {item}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the sweep&apos;s {place}={value}</source>
        <translation>스윕의 {place}={value}</translation>
    </message>
    <message>
        <source>{place}: there is no item {item} (the list has {size})</source>
        <translation>{place}: 항목 {item}이(가) 없습니다 (리스트 길이: {size})</translation>
    </message>
    <message>
        <source>{place}: the experiment has no {name} there</source>
        <translation>{place}: 실험의 그 자리에 {name}이(가) 없습니다</translation>
    </message>
    <message>
        <source>Initialization: N(0, 1) or Glorot (5 x 100 sigmoid)</source>
        <translation>초기화: N(0, 1)과 Glorot 비교 (5 x 100 sigmoid)</translation>
    </message>
    <message>
        <source>Open each run and look at its Activations: with N(0, 1) every sigmoid layer piles up at 0 and 1 (saturated); with Glorot they stay spread out. Then compare how each one&apos;s loss moves.</source>
        <translation>각 실행을 열어 활성화 탭을 보세요. N(0, 1)에서는 모든 sigmoid 층이 0과 1에 몰리고(포화), Glorot에서는 고르게 퍼져 있습니다. 그다음 각 실행의 손실이 어떻게 움직이는지 비교하세요.</translation>
    </message>
    <message>
        <source>BatchNorm off or on (MLP on digits)</source>
        <translation>배치 정규화 끔/켬 (숫자 MLP)</translation>
    </message>
    <message>
        <source>With BatchNorm the validation loss falls faster in the first epochs.</source>
        <translation>배치 정규화를 쓰면 처음 몇 에포크에서 검증 손실이 더 빨리 줄어듭니다.</translation>
    </message>
    <message>
        <source>Dropout 0, 0.2 or 0.5 (MLP on digits)</source>
        <translation>드롭아웃 0, 0.2, 0.5 (숫자 MLP)</translation>
    </message>
    <message>
        <source>More dropout: a higher training loss, a training curve closer to the validation curve (less over-fitting).</source>
        <translation>드롭아웃이 클수록 학습 손실은 높아지고, 학습 곡선이 검증 곡선에 더 가까워집니다(과적합 감소).</translation>
    </message>
    <message>
        <source>SGD, momentum or Adam (MLP on digits)</source>
        <translation>SGD, 모멘텀, Adam (숫자 MLP)</translation>
    </message>
    <message>
        <source>Plain SGD crawls; momentum and Adam reach a low loss in far fewer epochs.</source>
        <translation>기본 SGD는 느리게 기어가고, 모멘텀과 Adam은 훨씬 적은 에포크 만에 낮은 손실에 이릅니다.</translation>
    </message>
    <message>
        <source>Constant, step or cosine learning rate (MLP on digits)</source>
        <translation>고정, 계단식, 코사인 학습률 (숫자 MLP)</translation>
    </message>
    <message>
        <source>The decaying schedules settle lower late in the run, where a constant rate keeps the loss jittering.</source>
        <translation>줄어드는 스케줄은 실행 후반에 손실이 더 낮게 자리 잡고, 일정한 학습률에서는 손실이 계속 흔들립니다.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Initialization: 5 x 100 sigmoid</source>
        <translation>초기화: 5 x 100 sigmoid</translation>
    </message>
    <message>
        <source>MLP on digits</source>
        <translation>숫자 MLP</translation>
    </message>
    <message>
        <source>Small VGG</source>
        <translation>작은 VGG</translation>
    </message>
    <message>
        <source>Small ResNet</source>
        <translation>작은 ResNet</translation>
    </message>
    <message>
        <source>Playground: spiral (2-D)</source>
        <translation>Playground: 나선 (2차원)</translation>
    </message>
    <message>
        <source>Transfer: the base, LeNet-5 on digits 0-4</source>
        <translation>전이 학습: 기반 모델, 숫자 0-4로 학습한 LeNet-5</translation>
    </message>
    <message>
        <source>Transfer: little data, similar task (frozen base)</source>
        <translation>전이 학습: 적은 데이터, 비슷한 작업 (기반 모델 고정)</translation>
    </message>
    <message>
        <source>Transfer: little data, from scratch</source>
        <translation>전이 학습: 적은 데이터, 처음부터 학습</translation>
    </message>
    <message>
        <source>Transfer: much data, similar task (fine-tuned)</source>
        <translation>전이 학습: 많은 데이터, 비슷한 작업 (미세 조정)</translation>
    </message>
    <message>
        <source>Transfer: little data, different task</source>
        <translation>전이 학습: 적은 데이터, 다른 작업</translation>
    </message>
    <message>
        <source>Transfer: much data, different task</source>
        <translation>전이 학습: 많은 데이터, 다른 작업</translation>
    </message>
    <message>
        <source>Digits MLP</source>
        <translation>숫자 MLP</translation>
    </message>
    <message>
        <source>LeNet-5 (digits 8x8)</source>
        <translation>LeNet-5 (숫자 8x8)</translation>
    </message>
    <message>
        <source>Playground: spiral</source>
        <translation>Playground: 나선</translation>
    </message>
    <message>
        <source>Small ResNet (skip connections)</source>
        <translation>작은 ResNet (스킵 연결)</translation>
    </message>
    <message>
        <source>Small VGG (3x3 convs, 2x2 pools)</source>
        <translation>작은 VGG (3x3 합성곱, 2x2 풀링)</translation>
    </message>
    <message>
        <source>Transfer base: LeNet-5 on digits 0-4</source>
        <translation>전이 학습 기반 모델: 숫자 0-4로 학습한 LeNet-5</translation>
    </message>
    <message>
        <source>Transfer: even or odd, 10 per digit, last layer fine-tuned</source>
        <translation>전이 학습: 짝수/홀수, 숫자마다 10개, 마지막 층 미세 조정</translation>
    </message>
    <message>
        <source>Transfer: 10 per digit of 5-9, frozen base</source>
        <translation>전이 학습: 숫자 5-9 각 10개, 기반 모델 고정</translation>
    </message>
    <message>
        <source>Transfer: 10 per digit of 5-9, from scratch</source>
        <translation>전이 학습: 숫자 5-9 각 10개, 처음부터 학습</translation>
    </message>
    <message>
        <source>Transfer: even or odd, all of 5-9, fine-tuned base</source>
        <translation>전이 학습: 짝수/홀수, 숫자 5-9 전부, 기반 모델 미세 조정</translation>
    </message>
    <message>
        <source>Transfer: all of 5-9, fine-tuned base</source>
        <translation>전이 학습: 숫자 5-9 전부, 기반 모델 미세 조정</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>Dark when the desktop is dark, light otherwise</source>
        <translation>데스크톱이 어두우면 어둡게, 아니면 밝게</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>항상 밝게</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>Always dark: easier on the eyes at night</source>
        <translation>항상 어둡게: 밤에 눈이 편합니다</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
</context>
<context>
    <name>training_panel</name>
    <message>
        <source>Planned learning rate</source>
        <translation>예정된 학습률</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Fix the training settings to see the planned rate.</source>
        <translation>학습 설정을 고치면 예정된 학습률이 표시됩니다.</translation>
    </message>
    <message>
        <source>Once the data has been read to see the planned rate.</source>
        <translation>데이터를 읽고 나면 예정된 학습률이 표시됩니다.</translation>
    </message>
    <message>
        <source>{schedule}; peak {peak}.</source>
        <translation>{schedule}; 최고 {peak}.</translation>
    </message>
    <message>
        <source>Set {name}</source>
        <translation>{name} 설정</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>Imported {name}: {count} layers with weights, all frozen; its head ({head}) is replaced by this network&apos;s output; it scales its inputs itself, so the experiment&apos;s preprocessing is now none.</source>
        <translation>{name}을(를) 가져왔습니다: 가중치가 있는 층 {count}개, 모두 고정했습니다. 헤드({head})는 이 신경망의 출력층으로 바뀝니다. 이 모델은 입력을 스스로 스케일링하므로 실험의 전처리를 &apos;없음&apos;으로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Imported {name}: {count} layers with weights, all frozen; its head ({head}) is replaced by this network&apos;s output.</source>
        <translation>{name}을(를) 가져왔습니다: 가중치가 있는 층 {count}개, 모두 고정했습니다. 헤드({head})는 이 신경망의 출력층으로 바뀝니다.</translation>
    </message>
</context>
</TS>
